/**
 * Every failure packdex reports carries one of these stable codes. Adapters map them to exit
 * statuses and annotations; tests assert them. Add a code here, never a free-form string.
 */
export type ErrorCode = "USAGE" | "MANIFEST_NOT_FOUND" | "MANIFEST_UNREADABLE" | "MANIFEST_YAML_INVALID" | "MANIFEST_TOML_INVALID" | "MANIFEST_ALIAS_LIMIT" | "MANIFEST_NOT_MAPPING" | "MANIFEST_SCHEMA" | "MANIFEST_SPELLING_CONFLICT" | "MANIFEST_REF_INVALID" | "MANIFEST_VERSION_INVALID" | "MANIFEST_VERSION_MISMATCH" | "VERSION_INVALID" | "OUTLINE_INVALID" | "COMPONENT_INVALID" | "COMPONENT_DUPLICATE" | "PATH_NOT_FOUND" | "PATH_SYMLINK" | "PATH_NOT_UTF8" | "PATH_UNSUPPORTED" | "FILE_CHANGED" | "FILE_TOO_LARGE" | "CHECKSUM_INVALID" | "CHECKSUM_INSECURE" | "CHECKSUM_ALGORITHM" | "URL_INVALID" | "GIT_REF_INVALID" | "GIT_PATH_INVALID" | "GIT_FAILED" | "ENTRY_INVALID" | "ENTRY_SOURCES_MISSING" | "INDEX_JSON_INVALID" | "INDEX_INVALID" | "INDEX_NOT_FOUND" | "INDEX_IDENTITY_MISSING" | "PACK_EXISTS" | "PACK_NOT_FOUND" | "OUTPUT_EXISTS" | "REGISTRY_NOT_FOUND" | "REGISTRY_EXISTS" | "REGISTRY_INVALID" | "PACKAGE_INVALID" | "NAME_OWNED" | "VERSION_IMMUTABLE" | "VERSION_NOT_FOUND" | "DIST_TAG_INVALID" | "SITE_DRIFT" | "INDEX_TOO_LARGE" | "INDEX_POLICY_INVALID" | "INDEX_ABSENT" | "REGISTRY_LOCKED" | "DISK_FULL" | "READ_ONLY" | "PERMISSION_DENIED" | "NOT_A_DIRECTORY" | "DERIVED_FILE_CHANGED" | "ARCHIVE_IMMUTABLE" | "ARCHIVE_MISSING" | "UNEXPECTED_FILE" | "REGISTRY_IDENTITY_CHANGED" | "DOCUMENT_TOO_LARGE" | "CHANGE_TOO_LARGE" | "SOURCE_NOT_OWNED" | "AUTHOR_NOT_ALLOWED" | "CONFIG_INVALID" | "REGISTRY_UNAVAILABLE" | "URL_INSECURE" | "REDIRECT_REFUSED" | "PATH_OUTSIDE_REGISTRY" | "SPEC_INVALID" | "NO_MATCHING_VERSION" | "DOWNLOAD_FAILED" | "DOWNLOAD_TOO_LARGE" | "SIZE_MISMATCH" | "CHECKSUM_MISMATCH" | "ARCHIVE_UNSAFE" | "ARCHIVE_INVALID" | "INSTALL_MISMATCH" | "DEPENDENCY_CYCLE" | "DEPENDENCY_CONFLICT" | "LOCKFILE_INVALID" | "LOCKFILE_STALE" | "SIGNATURE_KEY_UNKNOWN" | "SIGNATURE_INVALID" | "SIGNATURE_WRONG_KEY" | "SIGNATURE_KEY_EXPIRED" | "SIGNATURE_KEY_REVOKED" | "SIGNATURE_FIELDS_INCOMPLETE" | "SIGNATURE_REQUIRED" | "KEY_INVALID" | "PROVENANCE_INVALID" | "PROVENANCE_IDENTITY_MISMATCH" | "PROVENANCE_DIGEST_MISMATCH" | "PROVENANCE_UNTRUSTED_ROOT" | "PROVENANCE_NO_EVIDENCE" | "PROVENANCE_MISSING" | "PROVENANCE_UNAVAILABLE" | "TRUSTED_ROOT_INVALID" | "TRUST_UPDATE_FAILED" | "TRUST_UPDATE_REFUSED" | "PUBLISHER_CHANGED" | "GITHUB_FORBIDDEN" | "GITHUB_NOT_FOUND" | "GITHUB_API_FAILED" | "RELEASE_ASSET_CONFLICT" | "ARCHIVE_MISMATCH" | "PUBLISH_RACE_LOST" | "DEPLOY_TARGET_INVALID" | "DEPLOY_FAILED" | "DEPLOY_INTERRUPTED" | "IO";
interface ErrorDetails {
	/** The offending value, quoted in the message. */
	value?: unknown;
	/** The form that was expected. */
	expected?: string;
	/** What the user should do about it. */
	fix?: string;
	/** A JSON path (`/packs/3/ref`) or file path the error concerns. */
	path?: string;
	/** 1-based line in `path`'s file, when known. */
	line?: number;
	column?: number;
	cause?: unknown;
}
export declare class PackdexError extends Error {
	readonly code: ErrorCode;
	readonly value?: unknown;
	readonly expected?: string;
	readonly fix?: string;
	readonly path?: string;
	readonly line?: number;
	readonly column?: number;
	constructor(code: ErrorCode, message: string, details?: ErrorDetails);
	/** The whole story on one screen: message, what was expected, the fix. */
	describe(): string;
	toJSON(): Record<string, unknown>;
}
type InstallSource = {
	/**
	 * Source type.
	 */
	type: "git" | "archive";
} & InstallSource1 & {
	/**
	 * Source type.
	 */
	type: "git" | "archive";
} & InstallSource1;
type InstallSource1 = GitSource | ArchiveSource;
type HttpsUrl = string;
type RegistryPath = string;
type ComponentList = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList1 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList2 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList3 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList4 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList5 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList6 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList7 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList8 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList9 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
type ComponentList10 = {
	/**
	 * Component name, without the pack ref prefix.
	 */
	name: string;
	/**
	 * What the component does; may be empty.
	 */
	description: string;
}[];
/**
 * One package in index.json (format 1.0), as an index may hold it: every entry Attune's own schema and validator accept is valid here (an email may be empty, a homepage any URI, lists in any order, install sources in any order and number, a dependency a bare ref). What packdex writes is stricter (Rust key order, sorted lists, a git source before an archive source): that is `packdex validate --canonical`, not this schema. An Attune pack's entry is exactly the Attune pack index entry; packages of the other profiles use the same keys with three extensions, all optional: a scoped ref (@scope/name, AAM), extra contents kinds (processes and steps for pbg; agents, skills, prompts and instructions for AAM) and meta.profile naming the profile. `packdex validate --attune` refuses the extensions. Uniqueness of lists is checked by packdex's index rules on top of this schema.
 */
export interface AttunePackIndexEntry {
	/**
	 * Unique package identifier. Attune: the pack.yaml ref, ^[a-z][a-z0-9_-]*$. dbpm: the dbpm.yaml name. pbg: the [project] name normalised as PEP 503 does. AAM: the aam.yaml name, which may start with a digit and may be scoped (@scope/name).
	 */
	ref: string;
	/**
	 * Human-readable pack name.
	 */
	label: string;
	/**
	 * Brief pack description; may be empty.
	 */
	description: string;
	/**
	 * When to use the pack, in a sentence or two.
	 */
	use_case?: string;
	/**
	 * Semantic version of the pack this entry describes.
	 */
	version: string;
	/**
	 * Pack author or maintainer.
	 */
	author: string;
	/**
	 * Contact email of the author; may be empty (Attune's schema allows it).
	 */
	email?: string;
	/**
	 * Pack homepage: any absolute URI (https, http, mailto:…), as Attune's schema allows.
	 */
	homepage?: string;
	/**
	 * Source repository (https, as Attune's schema and validator require).
	 */
	repository?: string;
	/**
	 * SPDX license expression, or NOASSERTION.
	 */
	license: string;
	/**
	 * Searchable keywords: unique strings, in any order (packdex writes them sorted).
	 */
	keywords: string[];
	/**
	 * Runtimes the pack needs (python3, nodejs, shell): unique strings, in any order (packdex writes them sorted).
	 */
	runtime_deps: string[];
	/**
	 * Where the pack can be installed from: at least one source, in any order and number (packdex writes a git source before an archive source).
	 *
	 * @minItems 1
	 */
	install_sources: [
		InstallSource,
		...InstallSource[]
	];
	/**
	 * The package's components, by kind; names unique within a kind, in any order (packdex writes each list sorted by name). The five Attune kinds are always present (empty for other profiles); pbg adds processes and steps, AAM adds agents, skills, prompts and instructions.
	 */
	contents: {
		actions: ComponentList;
		sensors: ComponentList1;
		triggers: ComponentList2;
		rules: ComponentList3;
		workflows: ComponentList4;
		processes?: ComponentList5;
		steps?: ComponentList6;
		agents?: ComponentList7;
		skills?: ComponentList8;
		prompts?: ComponentList9;
		instructions?: ComponentList10;
	};
	/**
	 * Version requirements on Attune, runtimes and other packs.
	 */
	dependencies?: {
		/**
		 * Semver requirement on Attune.
		 */
		attune_version?: string;
		/**
		 * Python version requirement.
		 */
		python_version?: string;
		/**
		 * Node.js version requirement.
		 */
		nodejs_version?: string;
		/**
		 * Packages this package needs: a bare ref ("core", which Attune's builder writes) or "name@constraint", where the constraint may contain spaces ("core@>=1.0.0 <2.0.0"). Duplicates are tolerated, as Attune tolerates them.
		 */
		packs?: string[];
	};
	/**
	 * Any additional metadata. For packages of a profile other than Attune, packdex sets profile, and the profile's own facts (see the properties).
	 */
	meta?: {
		/**
		 * The profile the package was read with; absent for Attune packs.
		 */
		profile?: "pbg" | "dbpm" | "aam";
		/**
		 * pbg: the compute outline, one item per Process or Step class.
		 */
		compute?: ComputeOutline[];
		/**
		 * pbg: [project].dependencies as written (PEP 508).
		 */
		python_dependencies?: string[];
		/**
		 * pbg: the version as the package writes it (PEP 440), when the entry's version is its semantic-version form rather than the same text (0.3 → 0.3.0, 1.0rc1 → 1.0.0-rc.1).
		 */
		pep440_version?: string;
		/**
		 * dbpm: the oldest Core the package runs on (Core is never an ordinary dependency).
		 */
		core_minimum_version?: string;
		/**
		 * dbpm: the oldest Oracle Database version supported.
		 */
		oracle_minimum_version?: string;
		[k: string]: unknown;
	};
}
interface GitSource {
	/**
	 * Always git.
	 */
	type: "git";
	/**
	 * Clone URL (https).
	 */
	url: string;
	/**
	 * Tag, branch or commit; never starts with '-'.
	 */
	ref: string;
	/**
	 * Directory checksum of the tree at ref.
	 */
	checksum: string;
}
interface ArchiveSource {
	/**
	 * Always archive.
	 */
	type: "archive";
	/**
	 * Download URL (https). In a registry's package document an archive stored in the registry is recorded relative to it (archives/<file>), so the registry can move; index.json always holds the absolute URL.
	 */
	url: HttpsUrl | RegistryPath;
	/**
	 * SHA-256 of the archive's bytes.
	 */
	checksum: string;
}
interface ComputeOutline {
	/**
	 * The module's full dotted path.
	 */
	module: string;
	/**
	 * The class name.
	 */
	name: string;
	/**
	 * process or step.
	 */
	compute_type: "process" | "step";
	/**
	 * The first line of the class's docstring.
	 */
	description?: string;
	/**
	 * The input ports' schema, as JSON text (the dict inputs() returns); the word dynamic when the source does not state it as a literal.
	 */
	inputs: string;
	/**
	 * The output ports' schema, as JSON text (the dict outputs() returns); the word dynamic when the source does not state it as a literal.
	 */
	outputs: string;
	/**
	 * The class's config_schema, as JSON text; the word dynamic when the source does not state it as a literal.
	 */
	config_schema?: string;
}
/**
 * index.json of an Attune pack registry, format 1.0, as an index may hold it (what Attune's schema and validator accept). Sorting and uniqueness of packs by ref, and real dates, are checked by packdex's index rules on top of this schema.
 */
export interface AttunePackIndex {
	/**
	 * Human-readable registry name.
	 */
	registry_name: string;
	/**
	 * Registry homepage (https).
	 */
	registry_url: string;
	/**
	 * Index format version.
	 */
	version: "1.0";
	/**
	 * When packs last changed: an RFC 3339 date-time, with an offset or Z and optional fractional seconds (packdex writes whole seconds in UTC, with Z).
	 */
	last_updated: string;
	/**
	 * One entry per pack, strictly ascending by ref.
	 */
	packs: AttunePackIndexEntry[];
}
/**
 * registry.json at the root of a packdex registry: who it is, which format it follows, and where its files live (paths relative to this file).
 */
export interface PackdexRegistryIdentity {
	/**
	 * Always packdex-registry; tells a client it found a packdex registry.
	 */
	format: "packdex-registry";
	/**
	 * Layout version. A client refuses a version it does not know.
	 */
	format_version: 1;
	/**
	 * Human-readable registry name; also index.json's registry_name.
	 */
	name: string;
	/**
	 * Where the registry is served (https); also index.json's registry_url, and the base of the registry-relative archive paths (archives/<file>) of package documents in index.json. Archive paths, and archive URLs under it, are read relative to wherever a client actually reached the registry (a mirror, a folder).
	 */
	url: string;
	/**
	 * Addresses the registry was served at before (registry init --force --url records the old url here). Archive URLs that package documents recorded under them are files of this registry too: index.json gives them under url, and a client reads them from wherever it reached the registry.
	 *
	 * Items: An https URL with no credentials, query or fragment, and a path with no dot segments (., .., or their %2e forms), backslashes or encoded slashes.
	 */
	former_urls?: string[];
	/**
	 * One paragraph about the registry, shown on the browse page.
	 */
	description?: string;
	/**
	 * When the registry was created: RFC 3339, whole seconds, UTC.
	 */
	created_at: string;
	/**
	 * The Attune index (newest version of every package): index.json, or null when the site build did not produce it (index_omitted says why). A client then resolves, installs and searches from the package documents and search files, and needs index.json for nothing.
	 */
	index: "index.json" | null;
	/**
	 * When site build produces index.json. Attune's index is one file by its format and grows with every package; above a size it is more than GitHub accepts in git (a warning over 50 MB, refused over 100 MB) and more than a consumer should download.
	 */
	index_policy?: {
		/**
		 * auto (the default): produce index.json while it is at most max_bytes, and stop once it would be larger. always: produce it at any size (a registry that commits its derived files still refuses one of 100 MiB or more, which GitHub would refuse). never: do not produce it.
		 */
		produce?: "auto" | "always" | "never";
		/**
		 * The largest index.json produced under auto, in bytes: 41943040 (40 MiB) by default, under GitHub's 50 MB warning. A registry that commits its derived files may not set 100 MiB (104857600) or more; none may exceed a Pages site's 1 GiB.
		 */
		max_bytes?: number;
	};
	/**
	 * Present exactly when index is null, written by site build (and every publish): why index.json was not produced.
	 */
	index_omitted?: {
		/**
		 * over-limit: it would exceed max_bytes (index_policy produce auto). never: index_policy says never.
		 */
		reason: "over-limit" | "never";
		/**
		 * The limit in force when the build decided (index_policy.max_bytes, or its default).
		 */
		max_bytes: number;
	};
	/**
	 * Folder of package documents, one per package at <packages>/<shard>/<name>.json (Cargo's sparse-index shards).
	 */
	packages: "packages";
	/**
	 * Folder of archives stored in the registry itself (local publishes).
	 */
	archives: "archives";
	/**
	 * Where the derived files (index.json, the browse page, search files, feeds) live. committed (the default): in the registry's branch beside the sources, kept up to date by every publish and checked by verify. deployed: only the sources (registry.json, packages/**, archives/**, readmes/**) are in git; publish writes no derived file, and the workflow that deploys the registry builds them (packdex site build --out DIR, or site deploy).
	 */
	derived?: "committed" | "deployed";
	/**
	 * GitHub logins that publishing runs as (a GitHub App's bot such as acme-publisher[bot], or a bot account). When listed, verify accepts a change to a package document only from one of them or from a maintainer the document lists.
	 */
	publishers?: string[];
	/**
	 * Files the registry holds besides its own (e.g. CNAME, README.md, .github/**): an exact path, or a folder followed by /** for everything below it. verify refuses any other file that a change adds or alters.
	 */
	extra_files?: string[];
}
/**
 * A git or archive install source, told apart by type.
 */
/**
 * Actions the pack provides.
 *
 * Items: One component.
 */
/**
 * Sensors the pack provides.
 *
 * Items: One component.
 */
/**
 * Triggers the pack provides.
 *
 * Items: One component.
 */
/**
 * Rules bundled with the pack.
 *
 * Items: One component.
 */
/**
 * Workflows bundled with the pack.
 *
 * Items: One component.
 */
/**
 * pbg: process-bigraph Process subclasses, named <module>.<Class>.
 *
 * Items: One component.
 */
/**
 * pbg: process-bigraph Step subclasses, named <module>.<Class>.
 *
 * Items: One component.
 */
/**
 * AAM: agents the package installs.
 *
 * Items: One component.
 */
/**
 * AAM: skills the package installs.
 *
 * Items: One component.
 */
/**
 * AAM: prompts the package installs.
 *
 * Items: One component.
 */
/**
 * AAM: instructions the package installs.
 *
 * Items: One component.
 */
/**
 * packages/<shard>/<name>.json: every published version of one package, its dist-tags and its owner. Version order, tag targets and immutability are checked by packdex's site rules on top of this schema.
 */
export interface PackdexPackageDocument {
	/**
	 * The package name (the entry's ref).
	 */
	name: string;
	/**
	 * The repository that first published the name (e.g. github.com/acme/pack-slack, or local for a folder publish). Only it may publish new versions.
	 */
	owner: string;
	/**
	 * GitHub logins that may change this package by pull request, besides the registry's publishers. Changing the list is an ownership transfer, which verify refuses unless the workflow allows it.
	 */
	maintainers?: string[];
	/**
	 * Named versions. latest is derived (the newest non-yanked release, else the newest non-yanked prerelease) and absent when every version is yanked; a tag never names a yanked version.
	 */
	dist_tags: {
		/**
		 * Semantic version of the pack this entry describes.
		 */
		[k: string]: string;
	};
	/**
	 * When this document last changed.
	 */
	updated_at: string;
	/**
	 * When this package's line in index.json last changed (appeared, moved to another version, or left). index.json's last_updated is the latest of these, so a full site build reproduces it.
	 */
	index_updated_at: string;
	/**
	 * Every published version, ascending by semver precedence. A version's entry, size and checksums never change once published.
	 *
	 * @minItems 1
	 */
	versions: [
		PackageVersion,
		...PackageVersion[]
	];
}
interface PackageVersion {
	/**
	 * Semantic version of the pack this entry describes.
	 */
	version: string;
	/**
	 * When it was published.
	 */
	published_at: string;
	/**
	 * Bytes of the archive source; a client refuses a download larger than this.
	 */
	archive_size?: number;
	/**
	 * Other packages it needs, name → semver range (from entry.dependencies.packs).
	 */
	dependencies: {
		[k: string]: string;
	};
	/**
	 * A yanked version stays for exact pins and lockfiles but is skipped by ranges and dist-tags.
	 */
	yanked: boolean;
	/**
	 * When yanked was last set or cleared.
	 */
	yanked_at?: string;
	/**
	 * Why it was yanked, shown to consumers.
	 */
	yanked_reason?: string;
	/**
	 * A detached signature of the archive (always with publisher_key_fingerprint): an https URL, or, for a signature stored in the registry, a path relative to it (archives/<file>.asc) as its archive is recorded, so the registry can move or be mirrored.
	 */
	signature_url?: string | string;
	/**
	 * Full fingerprint of the key that made the signature (always with signature_url): 40 or 64 uppercase hex digits.
	 */
	publisher_key_fingerprint?: string;
	/**
	 * The README published with this version, kept beside the documents (never inside them, so resolving stays two small reads): its path, the SHA-256 of its bytes, and their count (at most 64 KiB; a longer README is cut at a character boundary and marked truncated).
	 */
	readme?: {
		/**
		 * Registry-relative: readmes/<name>/<version>.md.
		 */
		path: string;
		/**
		 * sha256:<64 hex> of the file's bytes.
		 */
		checksum: string;
		/**
		 * Bytes of the file.
		 */
		size: number;
		/**
		 * The pack's README was longer than 64 KiB and was cut.
		 */
		truncated?: boolean;
	};
	provenance?: BuildProvenance;
	entry: AttunePackIndexEntry;
}
interface BuildProvenance {
	/**
	 * An https URL with no credentials, query or fragment, and a path with no dot segments (., .., or their %2e forms), backslashes or encoded slashes.
	 */
	bundle_url: string;
	/**
	 * The workflow that signed, as its certificate names it (https://github.com/REPOSITORY/WORKFLOW@REF).
	 */
	identity: {
		/**
		 * OWNER/REPO; always the package's owner repository.
		 */
		repository: string;
		/**
		 * The workflow file: .github/workflows/NAME.yml.
		 */
		workflow: string;
		/**
		 * The git ref the workflow ran at (refs/tags/v1.2.0).
		 */
		ref: string;
	};
	/**
	 * The OIDC issuer of the signing identity (https://token.actions.githubusercontent.com on github.com).
	 */
	issuer: string;
}
interface PackdexClientConfiguration {
	/**
	 * Registries to search; the lowest priority number is asked first, and the first registry holding a name wins.
	 */
	registries?: RegistrySetting[];
	/**
	 * Seconds a downloaded registry file is used without asking the server again (default 300). 0 revalidates every time.
	 */
	cache_ttl?: number;
	/**
	 * Refuse to install any registry package whose version has no OpenPGP signature (default false). A signed version is always verified, whatever this says.
	 */
	"require-signatures"?: boolean;
	/**
	 * What this project installs: package name → version constraint. packdex lock and packdex install with no arguments read it.
	 */
	dependencies?: {
		[k: string]: string;
	};
}
interface RegistrySetting {
	/**
	 * A short name for messages and --registry-name.
	 */
	name: string;
	/**
	 * https:// (http:// only for loopback or with --allow-http), file://, or a folder path. A URL ending in index.json or registry.json means its folder.
	 */
	url: string;
	/**
	 * Lower is asked first (default 100).
	 */
	priority?: number;
	/**
	 * A disabled registry is kept but not read (default true).
	 */
	enabled?: boolean;
	/**
	 * Refuse this registry's unsigned versions (default false).
	 */
	"require-signatures"?: boolean;
	/**
	 * Full fingerprints of the only keys (from packdex keys) whose signatures this registry's packages may carry; without it, any trusted key.
	 */
	"trusted-keys"?: string[];
	/**
	 * HTTP headers sent to this registry, e.g. Authorization: "Bearer ${TOKEN}"; ${NAME} is replaced from the environment.
	 */
	headers?: {
		[k: string]: string;
	};
}
/**
 * packdex.lock.json: the exact artifacts a project installs. packdex install --lockfile reads only this file and the artifacts it names; it contacts no registry.
 */
export interface PackdexLockfile {
	/**
	 * Format version.
	 */
	lockfile_version: 1;
	/**
	 * Every pack to install, by name (sorted), dependencies included.
	 */
	packages: {
		[k: string]: LockedPack;
	};
}
/**
 * One resolved pack.
 */
export interface LockedPack {
	/**
	 * The resolved version.
	 */
	version: string;
	/**
	 * archive: artifact_url is a .tar.gz verified by sha256; git: a repository checked out at git_ref and verified by directory checksum.
	 */
	source: "archive" | "git";
	/**
	 * Exactly where the artifact is downloaded from (an https URL, or a path for a folder registry).
	 */
	artifact_url: string;
	/**
	 * sha256:<64 hex>.
	 */
	artifact_checksum: string;
	/**
	 * Always sha256.
	 */
	checksum_algorithm: "sha256";
	/**
	 * Bytes of the archive, when the registry recorded them.
	 */
	size?: number;
	/**
	 * The tag or commit for a git source.
	 */
	git_ref?: string;
	/**
	 * Detached signature (always with publisher_key_fingerprint).
	 */
	artifact_signature_url?: string;
	/**
	 * The signing key's fingerprint (always with artifact_signature_url).
	 */
	publisher_key_fingerprint?: string;
	/**
	 * The publisher pinned for this package: its next versions must carry build provenance from the same repository and workflow (or be accepted with --accept-publisher-change).
	 */
	provenance?: {
		/**
		 * Exactly where this version's Sigstore bundle is downloaded from.
		 */
		bundle_url: string;
		/**
		 * OWNER/REPO whose workflow built it.
		 */
		repository: string;
		/**
		 * The workflow file that built it.
		 */
		workflow: string;
		/**
		 * The OIDC issuer of the signing identity.
		 */
		issuer: string;
	};
	/**
	 * The registry that resolved it, for the record; never contacted by a locked install.
	 */
	registry: {
		/**
		 * Registry name.
		 */
		name: string;
		/**
		 * Registry URL as configured.
		 */
		url: string;
	};
	/**
	 * name → constraint, as published.
	 */
	dependencies: {
		[k: string]: string;
	};
}
declare const ATTUNE_KINDS: readonly [
	"actions",
	"sensors",
	"triggers",
	"rules",
	"workflows"
];
type AttuneKind = (typeof ATTUNE_KINDS)[number];
interface Component {
	name: string;
	description: string;
}
/** pack.yaml after StackStorm-era spellings are mapped and defaults applied. */
export interface PackManifest {
	ref: string;
	label: string;
	description: string;
	use_case?: string;
	version: string;
	author: string;
	email?: string;
	homepage?: string;
	repository?: string;
	license: string;
	keywords: string[];
	runtime_deps: string[];
	dependencies?: NonNullable<AttunePackIndexEntry["dependencies"]>;
	meta?: Record<string, unknown>;
	/** Components listed in pack.yaml itself, used for kinds whose folder has no YAML. */
	inline: Partial<Record<AttuneKind, Component[]>>;
}
type Contents = Record<AttuneKind, Component[]>;
type CheckStatus = "PASS" | "WARN" | "FAIL";
interface CheckLocation {
	/** Pack-relative file. */
	file: string;
	line?: number;
	column?: number;
	message: string;
}
export interface CheckResult {
	/** Stable check name, e.g. `manifest`, `schema`, `license`. */
	name: string;
	status: CheckStatus;
	detail: string;
	fix?: string;
	/** For a FAIL that publishing would refuse with an error, that error's code (profiles that share one rule). */
	code?: ErrorCode;
	locations: CheckLocation[];
}
export interface AuditReport {
	packDir: string;
	checks: CheckResult[];
	counts: {
		pass: number;
		warn: number;
		fail: number;
	};
	/** Present when the manifest could be read. */
	manifest?: PackManifest;
	contents?: Contents;
	/** True when the audit stopped early because the manifest could not be read. */
	stopped: boolean;
}
export interface AuditOptions {
	/** The version the pack must declare: a release's version, or its `v`-prefixed tag. */
	expectVersion?: string;
	/** Files larger than this fail the `file-size` check. */
	maxFileSize?: number;
}
/**
 * Dry-run audit of a pack: ordered, named checks, each PASS, WARN or FAIL with a detail and a
 * fix. Never throws for a problem with the pack itself; stops after `manifest` when pack.yaml
 * cannot be read, since every later check depends on it.
 */
export declare function runAudit(packDir: string, options?: AuditOptions): Promise<AuditReport>;
type ChecksumAlgorithm = "sha256" | "sha512";
/**
 * Hash a file's exact bytes in constant memory. Returns the lowercase hex digest.
 * The file is stat-ed before and after: a file that changes while it is read is an error rather
 * than a checksum of bytes that never existed together.
 */
export declare function hashFile(path: string, algorithm?: ChecksumAlgorithm, onProgress?: (done: number, total: number) => void): Promise<string>;
interface StableReadHooks {
	/** Called once the file is open, before its bytes are read (tests use it to race a writer). */
	afterOpen?: (path: string) => Promise<void> | void;
}
type ArchiveSourceKind = "git" | "directory";
export interface BuildArchiveOptions {
	packDir: string;
	/** The single top folder, `<ref>-<version>`. */
	topFolder: string;
	output: string;
	/** `auto` takes the commit in a git work tree and the directory otherwise. */
	source?: ArchiveSourceKind | "auto";
	/** Commit-ish for the git source; HEAD by default. */
	ref?: string;
	/** Passed to the directory reader (tests race a writer against it). */
	hooks?: StableReadHooks;
	/** Called as file bytes are archived: bytes read so far of the total (the CLI draws a progress line). */
	onProgress?: (done: number, total: number) => void;
}
export interface ArchiveResult {
	path: string;
	/** `sha256:<hex>` of the archive's bytes. */
	checksum: string;
	size: number;
	files: number;
	source: ArchiveSourceKind;
	/** The 40-hex commit the files came from, for a git source. */
	commit?: string;
}
/**
 * Build the reproducible `.tar.gz` of a pack: entries sorted component-wise, fixed time, owner 0
 * with no user names, modes normalised to 0755/0644, one top folder, and a gzip header with no
 * name or time and a fixed OS byte. Written to a temporary file and renamed, so a failure leaves
 * no partial archive behind.
 */
export declare function buildArchive(options: BuildArchiveOptions): Promise<ArchiveResult>;
/**
 * The directory checksum of DESIGN.md, used for git install sources: for each regular file in
 * component-wise path order, SHA-256 is fed the magic `attune-pack-file-v1`, the path's byte
 * length (u64 BE), the path, the content's byte length (u64 BE) and the content. Framing every
 * field by length means no two different trees can feed the hash the same byte stream.
 * Only regular files count: a FIFO, socket or device is skipped, as Attune skips it.
 * Returns the lowercase hex digest.
 */
export declare function hashDirectory(root: string, hooks?: StableReadHooks, onProgress?: (done: number, total: number) => void): Promise<string>;
/** A planned write: computed first, shown by --dry-run, applied atomically. */
export interface FileChange {
	path: string;
	/** The current bytes, or undefined when the file does not exist yet. */
	before: string | undefined;
	after: string;
}
/**
 * Apply changes that actually change something; a no-op leaves the file untouched. Each file is
 * atomic, the set is not: a registry folder is changed through changeRegistry
 * (core/site/registry-transaction), which locks it and journals the set.
 */
export declare function applyFileChanges(changes: readonly FileChange[]): Promise<void>;
export type PackageDocument = PackdexPackageDocument;
type RegistryIdentity = PackdexRegistryIdentity;
interface LockHolder {
	pid: number;
	host: string;
	/** The holder's PID namespace (Linux); two containers with one hostname still differ here. */
	pid_ns?: string;
	/** The process's start time in clock ticks after boot (Linux): a reused PID has another. */
	proc_start?: string;
	command: string;
	since: string;
	token: string;
}
interface LockOptions {
	/** How long to wait for another holder before REGISTRY_LOCKED; 0 = do not wait. */
	timeoutMs?: number;
	/** Told once when the lock is held by someone else and this process starts to wait. */
	onWait?: (holder: LockHolder | undefined) => void;
	/** What the holder is doing (shown to waiters). */
	command?: string;
}
type TransactionStep = "locked" | "planned" | "staged" | "journaled" | `applied-${number}` | "synced" | "unjournaled" | `recovered-${number}`;
export interface RegistryWriteOptions extends LockOptions {
	/** Told when the command found and finished (or swept away) what a killed command left. */
	onRecover?: (report: RecoveryReport) => void;
	/** A deterministic crash hook for tests (the CLI wires PACKDEX_TEST_CRASH_AT to it). */
	atStep?: (step: TransactionStep) => void;
}
interface RecoveryReport {
	/** Locks left by killed commands, removed (their holders, when the lock file named one). */
	brokenLocks: (LockHolder | undefined)[];
	/** Files an interrupted change had journaled and this command put in place. */
	finished: string[];
	/** Leftover temporary files removed (staged files of a change that never reached its journal). */
	removed: string[];
}
interface PlacedFile {
	path: string;
	source: string;
	/** The source's SHA-256 (hex) when the caller already has it, as a fresh archive's builder does. */
	sha256?: string;
}
interface PlannedRegistryChange<T> {
	value: T;
	/** Text files (documents, index.json, the page); no-ops are skipped. */
	changes: FileChange[];
	/**
	 * Files already built on disk (archives, and the files a site build streams), placed before
	 * every text file so nothing ever names a missing one.
	 */
	files?: PlacedFile[];
	/** Registry files to remove, after every write (a file that is absent already is a no-op). */
	removed?: string[];
}
interface TransactionContext {
	/** A path for a file the plan builds (an archive); it is removed unless the change places it. */
	stagingPath(name: string): string;
	/** A folder for a plan's scratch files, on the registry's file system and swept with the staged files. */
	tempDir: string;
}
interface ChangeRegistryOptions extends RegistryWriteOptions {
	/** Make the folder when it does not exist (registry init, the first publish). */
	create?: boolean;
	/** Plan only: no lock, no recovery, no writes; staged files go to a temporary folder. */
	dryRun?: boolean;
}
interface RegistryChangeResult<T> {
	value: T;
	/** The registry paths this change wrote (empty for a no-op or a dry run). */
	written: string[];
}
/**
 * Finish or sweep away what a killed command left: a journal is replayed (each staged file renamed
 * over its target, checked against its hash), then the staging folder and old-style temporary files
 * are removed. Runs under the lock, so no live change owns any of them.
 */
export declare function recoverRegistry(registryDir: string, atStep?: (step: TransactionStep) => void): Promise<RecoveryReport>;
/**
 * Run one change of a registry folder as a transaction. `plan` reads the registry and returns what
 * to write; it runs under the exclusive lock after leftovers are recovered, so what it reads is what
 * it changes. A failure (or a kill) before the journal is written leaves the registry as it was.
 */
export declare function changeRegistry<T>(registryDir: string, options: ChangeRegistryOptions, plan: (ctx: TransactionContext) => Promise<PlannedRegistryChange<T>>): Promise<RegistryChangeResult<T>>;
export interface InitRegistrySettings {
	registryDir: string;
	name: string;
	url: string;
	description?: string;
	/** Rewrite registry.json of an existing registry (its packages are kept; index.json is rebuilt from them). */
	force: boolean;
	/**
	 * Where the derived files live (registry.json's `derived`): committed beside the sources, or
	 * deployed (only the sources in git; `site build --out` builds the site where it is served).
	 * Unset: a new registry commits them, and --force keeps what registry.json said.
	 */
	derived?: "committed" | "deployed";
	now: Date;
}
/** Plan a new registry folder: registry.json, an index.json that follows its documents, and the page. */
export declare function planInitRegistry(settings: InitRegistrySettings): Promise<{
	identity: RegistryIdentity;
	changes: FileChange[];
	removed: string[];
	warnings: string[];
}>;
/**
 * Create (or with `force`, re-identify) a registry folder as one registry transaction: the folder
 * is made if missing, and the check for an existing registry runs under the lock.
 */
export declare function initRegistry(settings: InitRegistrySettings, options?: RegistryWriteOptions): Promise<{
	identity: RegistryIdentity;
	changes: FileChange[];
	removed: string[];
	warnings: string[];
	written: string[];
}>;
declare const PROFILES: readonly [
	"attune",
	"pbg",
	"dbpm",
	"aam"
];
type ProfileName = (typeof PROFILES)[number];
interface PackReadme {
	text: string;
	size: number;
	checksum: string;
	truncated: boolean;
}
type PackageOutcome = "created" | "updated" | "unchanged";
export interface PackageChange {
	doc: PackageDocument;
	outcome: PackageOutcome;
	/** Files beside the document that the change adds (a new version's README), registry-relative. */
	files?: {
		path: string;
		text: string;
	}[];
}
/** What a publisher hands over for one version. */
export interface NewVersion {
	entry: AttunePackIndexEntry;
	/** The repository publishing it; must match the name's owner. */
	owner: string;
	archiveSize?: number;
	signatureUrl?: string;
	publisherKeyFingerprint?: string;
	/** The pack's README (readPackReadme), kept at readmes/<name>/<version>.md. */
	readme?: PackReadme;
	/** The archive's build provenance (a Sigstore bundle beside it, and who signed it). */
	provenance?: BuildProvenance;
}
/**
 * Add one version. The same version with the same entry again is `unchanged` (a rerun of a release
 * job); with anything different it is refused, because a published version never changes. A name
 * belongs to the repository that first published it.
 */
export declare function addVersion(doc: PackageDocument | undefined, input: NewVersion, now: Date): PackageChange;
/**
 * Yank (or, with `undo`, restore) one version. A yanked version stays published for exact pins and
 * lockfiles; ranges and dist-tags skip it, and any tag that named it is dropped.
 */
export declare function yankVersion(doc: PackageDocument, version: string, options: {
	reason?: string;
	undo?: boolean;
}, now: Date): PackageChange;
/** Point a dist-tag at a version, or remove it (`version` undefined). `latest` is derived, never set. */
export declare function setDistTag(doc: PackageDocument, tag: string, version: string | undefined, now: Date): PackageChange;
type IndexState = {
	produced: true;
} | {
	produced: false;
	reason: "over-limit" | "never";
	maxBytes: number;
};
interface SigningKey {
	/** The primary key's full fingerprint: what a registry records as publisher_key_fingerprint. */
	fingerprint: string;
}
export interface PublishToFolderSettings {
	packDir: string;
	registryDir: string;
	/** auto (default: detected from the marker file), attune, pbg, dbpm or aam. */
	profile?: string;
	/** A git source to record beside the archive (an https clone URL and the commit it was read at). */
	git?: {
		url: string;
		ref: string;
	};
	/** Who publishes: the name's owner (e.g. github.com/acme/pack-slack). Default: from the entry's repository, else `local`. */
	owner?: string;
	/** Archive URLs are `<base>/<file>`; default `<registry url>/archives`. */
	archiveUrlBase?: string;
	signatureUrl?: string;
	publisherKeyFingerprint?: string;
	/** Sign the archive: `<archive>.asc` is staged beside it and recorded with the key's fingerprint. */
	signer?: SigningKey;
	/** The audit's options; `expectVersion` is also the version describe must agree with. */
	audit?: AuditOptions;
	/** Skip the audit (register --no-audit): only what describe needs is checked. */
	skipAudit?: boolean;
	/** Plan only: build nothing into the registry, write nothing. */
	dryRun?: boolean;
	/** The registry lock's wait bound, its waiting notice, and the test crash hook. */
	write?: RegistryWriteOptions;
	now: Date;
	/** Progress of archiving (bytes read of the total), for the CLI's progress line. */
	onProgress?: (done: number, total: number) => void;
}
export interface PublishToFolderResult {
	profile: ProfileName;
	/** Absent when the audit was skipped. */
	audit?: AuditReport;
	archive?: ArchiveResult;
	entry?: AttunePackIndexEntry;
	doc?: PackageDocument;
	outcome?: PackageOutcome;
	/** Files that disagreed with the package's document and were put right (index.json, the archive). */
	repaired?: string[];
	/** Whether index.json's line for the package changed (false when an older version was added). */
	indexChanged?: boolean;
	changes?: FileChange[];
	/** Registry files the change removed (index.json, once it passed registry.json's limit). */
	removed?: string[];
	/** Whether the registry has index.json after the change (undefined when derived files are deployed). */
	index?: IndexState;
	/** The registry's registry.json. */
	identity?: RegistryIdentity;
}
/**
 * audit → archive → checksum → entry → merge, into a registry folder. The audit stops the flow on
 * FAIL. Only the package's archive and document and index.json are written, in one registry
 * transaction: the archive is built and the version planned under the registry's lock, so two
 * publishers never both see a version as new, and a killed or failing publish leaves the registry
 * as it was or (once journaled) finished by the next command.
 */
export declare function publishToFolder(settings: PublishToFolderSettings): Promise<PublishToFolderResult>;
export interface SitePlan {
	identity: RegistryIdentity;
	changes: FileChange[];
	/** Registry files the build removes: index.json, when the build no longer produces it. */
	removed: string[];
	index: IndexState;
	packages: number;
}
/**
 * Regenerate every derived file of a registry folder from its package documents, as planned
 * changes held in memory (small registries, tests, --dry-run's diffs; `buildSite` streams):
 * index.json (the entry `latest` names, for every package, unless registry.json's index_policy
 * leaves it out), the search files, the recent feed and the browse page. When the registry commits
 * its derived files and registry.json does not yet say what the build decided about index.json,
 * registry.json is among the changes (unless the caller gave the identity: registry init writes it).
 */
export declare function planSiteBuild(registryDir: string, identityOverride?: RegistryIdentity): Promise<SitePlan>;
interface SiteBuildOutcome {
	identity: RegistryIdentity;
	index: IndexState;
	packages: number;
	/** The registry paths this build changed (written, or removed), absolute. */
	changed: string[];
}
/**
 * Rebuild the derived files of a registry folder as one registry transaction, streaming: each
 * file is written into the transaction's staging folder as it is built and journaled there with
 * its hash, so a large registry is never held in memory and a killed build changes nothing (or is
 * finished by the next command). A registry that commits its derived files gets registry.json's
 * `index` and `index_omitted` rewritten when the build's decision about index.json changes, and
 * index.json removed in the same change when it is no longer produced.
 */
export declare function buildSite(registryDir: string, options?: ChangeRegistryOptions): Promise<SiteBuildOutcome & {
	written: string[];
}>;
interface PackageChangePlan {
	identity: RegistryIdentity;
	/**
	 * The package document, index.json, recent.json, the version's README, then the search files
	 * made from index.json; nothing else is ever touched by one package's change. Only the document
	 * and the README when registry.json says `derived: deployed`: the derived files are then built
	 * where the registry is served, not kept in git.
	 */
	changes: FileChange[];
	/** Whether the package's line in index.json changed (whether or not index.json is written). */
	indexChanged: boolean;
	/** What happened to the package's document. */
	outcome: PackageOutcome;
	/** Derived files that disagreed with the document and are rewritten to agree (a killed change's trace). */
	repaired: string[];
	doc: PackageDocument;
	/** The package's line in index.json before and after. */
	indexEntry: {
		before?: AttunePackIndexEntry;
		after?: AttunePackIndexEntry;
	};
	/** Registry files the change removes: index.json, when this change takes it past registry.json's limit. */
	removed: string[];
	/** Whether the registry has index.json after the change (undefined when derived files are deployed). */
	index?: IndexState;
}
/**
 * Plan one package's change in a registry folder: read its document and index.json, apply the
 * change, and return the two files' new bytes. index.json is updated in place (one binary-search
 * upsert or removal), so its bytes equal what a full `site build` gives from the documents.
 */
export declare function planPackageChange(registryDir: string, name: string, change: (doc: PackageDocument | undefined) => PackageChange, 
/** registry.json when the caller has already read it. */
known?: RegistryIdentity): Promise<PackageChangePlan>;
/**
 * Where a package's document lives, relative to the registry root. Cargo's sparse-index shards:
 * `1/a`, `2/ab`, `3/a/abc`, else `ab/cd/abcd…`, so no folder ever holds more than a few thousand
 * files and a client finds any package with one request, whatever the registry's size. A scoped
 * name (`@scope/name`) lives under `packages/@scope/`, sharded the same way below it: an unscoped
 * name never starts with `@`, so the two can never collide (AAM registries keep scopes apart the same way).
 */
export declare function packageDocumentPath(name: string): string;
/**
 * Change one package of a registry folder (yank, dist-tag, an outline's register) as a registry
 * transaction: its document and index.json are read, changed and written under the lock.
 */
export declare function updatePackage(registryDir: string, name: string, change: (doc: PackageDocument | undefined) => PackageChange, options?: ChangeRegistryOptions): Promise<PackageChangePlan & {
	written: string[];
}>;
interface FetchTimeouts {
	/** From sending the request to the response's status and headers (connect, TLS, the server's think time). */
	headersMs: number;
	/** The longest silence allowed while the body arrives. */
	idleMs: number;
	/** The body must bring at least `minBytes` in every window of `windowMs` (curl's --speed-limit/--speed-time). */
	windowMs: number;
	minBytes: number;
}
interface FetchOptions {
	/** How the URL is named in messages: `Registry file`, `Artifact URL`. */
	what: string;
	/** The code for a network failure or a stall: REGISTRY_UNAVAILABLE for registry files, DOWNLOAD_FAILED for archives. */
	failCode: Extract<ErrorCode, "REGISTRY_UNAVAILABLE" | "DOWNLOAD_FAILED">;
	/** What to suggest after a network failure. */
	failFix: string;
	allowHttp: boolean;
	/** Headers for every hop that carry nothing secret (If-None-Match, Accept). */
	headers?: Record<string, string>;
	/**
	 * A registry's configured headers (tokens) and the origin they were configured for: sent only to
	 * a hop on exactly that origin (scheme, host and port), never after a redirect elsewhere.
	 */
	credentials?: {
		origin: string;
		headers: Record<string, string>;
	};
	timeouts: FetchTimeouts;
}
interface RequestRecord {
	url: string;
	status: number;
	bytes: number;
}
interface HttpCacheSettings {
	/** Cache folder; undefined disables caching. */
	dir: string | undefined;
	/** Seconds a cached file is used without asking the server. */
	ttlSeconds: number;
	/** Ask the server even when the cached copy is fresh (it may still answer 304). */
	refresh: boolean;
	now: () => Date;
	/** Every request sent, in order. */
	log: RequestRecord[];
	/** Plain http beyond loopback (--allow-http), for the first URL and every redirect. */
	allowHttp?: boolean;
	timeouts?: FetchTimeouts;
}
type CachedGet = {
	found: true;
	body: Buffer;
	fromCache: boolean;
} | {
	found: false;
};
declare class HttpCache {
	private readonly settings;
	constructor(settings: HttpCacheSettings);
	private files;
	private cached;
	private store;
	/** `credentials`: the registry's configured headers, sent only to their own origin (see fetchUrl). */
	get(url: string, credentials: FetchOptions["credentials"], maxBytes: number): Promise<CachedGet>;
}
type ClientConfig = PackdexClientConfiguration;
interface LoadedConfig {
	file: string;
	config: ClientConfig;
}
type RegistryLocation = {
	kind: "http";
	base: string;
	index?: string;
} | {
	kind: "file";
	dir: string;
	index?: string;
};
interface RegistryEndpoint {
	name: string;
	url: string;
	priority: number;
	headers: Record<string, string>;
	location: RegistryLocation;
}
interface ListedRow {
	ref: string;
	version: string;
	description: string;
	keywords: string[];
}
type RegistryKind = "packdex" | "attune";
declare class RegistryReader {
	readonly endpoint: RegistryEndpoint;
	private readonly cache;
	private opened?;
	constructor(endpoint: RegistryEndpoint, cache: HttpCache);
	get name(): string;
	/** Where a registry-relative path is: a URL under the registry's base, or a file inside its folder (never outside). */
	private where;
	/** The registry's own address: its base URL, or its folder (where('') would be no path inside it). */
	private root;
	/** The registry's configured headers and the one origin they may be sent to; undefined for a folder. */
	credentials(): FetchOptions["credentials"];
	/** A folder registry's folder, which every file it serves must lie inside. */
	folderRoot(): string | undefined;
	/** A file's bytes, or undefined when the registry does not have it. */
	private read;
	/** Read and check an Attune index with the index reader's own rules (the ones validate applies). */
	private readAttuneIndex;
	/**
	 * Find out, once, which kind of registry this is. A URL naming an index file is that Attune
	 * index. A folder URL is a packdex registry when it has registry.json, else an Attune registry
	 * when it has index.json, else not a registry at all.
	 */
	private open;
	/** `packdex`, or `attune` for a plain Attune index (newest version of each pack only, read-only). */
	kind(): Promise<RegistryKind>;
	/** registry.json of a packdex registry; undefined for an Attune registry, which has none. */
	identity(): Promise<RegistryIdentity | undefined>;
	/** Every version of one package, or undefined when this registry does not hold the name. */
	packageDocument(name: string): Promise<PackageDocument | undefined>;
	/**
	 * One of the registry's search files (search/…), parsed, or undefined when the registry has none:
	 * a plain Attune registry never has them, and a packdex registry built before them may not.
	 */
	searchFile(rel: string): Promise<unknown>;
	index(): Promise<AttunePackIndex>;
	/** Whether index.json is there to read (registry.json of a packdex registry may say it is left out). */
	hasIndex(): Promise<boolean>;
	/**
	 * Every package's newest version as one line each (name, version, description, keywords), in
	 * name order: from index.json, or, where registry.json says it is left out, from the search
	 * files' rows (descriptions there are cut at 300 characters), so that a registry of any size
	 * lists without index.json.
	 */
	listing(): Promise<ListedRow[]>;
	private indexAbsent;
	/**
	 * Where to download an artifact from. A path relative to the registry (`archives/x.tar.gz`, what
	 * packdex records for archives stored in the registry) and an absolute URL under the registry's own
	 * address (registry.json's url or a former one, what older documents hold) are both read from
	 * wherever this registry was actually reached: its URL, a mirror, a folder, loopback. Dot segments
	 * are refused before anything is joined, and a folder registry never names a file outside its folder.
	 */
	artifactLocation(url: string): Promise<string>;
}
export interface ClientOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	now: () => Date;
	/** --registry values (names or URLs). */
	registries?: string[];
	allowHttp?: boolean;
	/** Revalidate cached registry files even when fresh. */
	refresh?: boolean;
	/** No disk cache at all. */
	noCache?: boolean;
	/** How long requests may stall; default from PACKDEX_HTTP_TIMEOUT, else fetch-url's defaults. */
	timeouts?: FetchTimeouts;
}
export interface Client {
	readers: RegistryReader[];
	cache: HttpCache;
	/** Archives cache folder, keyed by checksum; undefined when caching is off. */
	cacheDir: string | undefined;
	config: LoadedConfig;
	/** Every HTTP request made, for --json output, tests and benchmarks. */
	requests: RequestRecord[];
	allowHttp: boolean;
	/** For registry files and archive downloads alike. */
	timeouts: FetchTimeouts;
}
/** Read the config, work out the registries and open a reader on each, sharing one cache. */
export declare function openClient(options: ClientOptions): Promise<Client>;
export interface PackageSpec {
	name: string;
	/** A range (`^1.2.0`, `~1.2`, `>=1 <2`), an exact version, `latest` or another dist-tag; undefined means latest. */
	constraint?: string;
}
/** `name`, `name@1.2.3`, `name@^1.2`, `name@beta`, `@scope/name@^1`. */
export declare function parsePackageSpec(spec: string): PackageSpec;
/** A resolved version: the dbpm resolve answer plus where it came from. */
export interface Resolution {
	package: string;
	version: string;
	artifact_url: string;
	artifact_checksum: string;
	artifact_signature_url?: string;
	publisher_key_fingerprint?: string;
	/** Build provenance the version's entry records: where its Sigstore bundle is (mapped like the artifact) and who signed it. */
	provenance?: {
		bundle_url: string;
		owner: string;
		workflow: string;
		ref: string;
		issuer: string;
	};
	/** dbpm packages: the oldest Core and Oracle Database they run on (dbpm's optional fields). */
	core_minimum_version?: string;
	oracle_minimum_version?: string;
	/** Bytes of the artifact, when the registry recorded them. */
	size?: number;
	/** `archive` when the registry has an archive source, else `git` (verified by directory checksum). */
	source: "archive" | "git";
	git_ref?: string;
	registry: {
		name: string;
		url: string;
	};
	dependencies: Record<string, string>;
	yanked: boolean;
	warnings: string[];
}
export interface ResolveOptions {
	includePrerelease?: boolean;
	/** Go on to the next registry when one fails, instead of failing closed. */
	skipUnavailable?: boolean;
	/** Told about each registry skipped under skipUnavailable. */
	onSkip?: (registry: string, error: PackdexError) => void;
}
/**
 * Resolve `name@constraint` across registries in priority order. The first registry that holds
 * the name answers, even when none of its versions match: a private registry overriding a public
 * name must not silently fall through to the public one. A registry that fails stops the
 * resolution (fail closed) unless skipUnavailable.
 */
export declare function resolvePackage(readers: readonly RegistryReader[], spec: PackageSpec, options?: ResolveOptions): Promise<{
	resolution: Resolution;
	reader: RegistryReader;
}>;
interface Selection {
	version: PackageVersion;
	warnings: string[];
}
/**
 * Pick the version a constraint names in one package document:
 * - none or `latest`, and any other dist-tag: the version the tag names;
 * - an exact version: that version, even yanked (a pin is a pin; a warning says so);
 * - a range (`~`, `^`, `>=… <…`): the highest non-yanked match; prereleases only when the range
 *   itself names one or `includePrerelease` is set.
 */
export declare function selectVersion(doc: PackageDocument, constraint: string | undefined, options?: {
	includePrerelease?: boolean;
}): Selection;
interface FindOptions {
	/** Go on to the next registry when one fails, instead of failing closed. */
	skipUnavailable?: boolean;
	onSkip?: (registry: string, error: PackdexError) => void;
}
export interface SearchHit {
	registry: string;
	name: string;
	version: string;
	description: string;
	keywords: string[];
	score: number;
}
/**
 * Search every registry. A name held by several registries is listed once, from the registry with
 * the lowest priority number, as resolution would pick it: a name belongs to the first registry
 * holding it, whether or not that entry matches. An empty query lists everything from index.json.
 */
export declare function searchPackages(readers: readonly RegistryReader[], query: string, options?: FindOptions & {
	limit?: number;
}): Promise<SearchHit[]>;
export type Lockfile = PackdexLockfile;
export declare const LOCKFILE_NAME = "packdex.lock.json";
interface LockfilePlace {
	/** The folder the lockfile is written in. */
	lockDir: string;
	/** What relative paths in the packages (registry URLs as configured) are relative to. */
	cwd: string;
}
/**
 * The lockfile's bytes: packages sorted by name, 2-space JSON, trailing newline. With `place`, the
 * paths of folder registries are written relative to the lockfile, so the project can move.
 */
export declare function serializeLockfile(packages: Record<string, LockedPack>, place?: LockfilePlace): string;
export declare function readLockfile(file: string): Promise<Lockfile>;
interface TrustedKey {
	fingerprint: string;
	/** Where it was read from, for messages. */
	source: string;
}
interface SignaturePolicy {
	trusted: readonly TrustedKey[];
	/** `require-signatures: true` at the top of the config (packdex.yaml or the user's). */
	requireAll: boolean;
	/** Per registry (by name): whether its unsigned versions are refused, and the only keys it may be signed with. */
	registries: ReadonlyMap<string, {
		require: boolean;
		trustedKeys?: readonly string[];
	}>;
}
interface InstallRecord {
	pack_ref: string;
	version: string;
	installed_at: string;
	installed_from: {
		type: "registry" | "git" | "archive" | "directory";
		url?: string;
		ref?: string;
		commit?: string;
		path?: string;
	};
	/** The artifact's checksum: the archive's sha256, or for git and folders the directory checksum. */
	checksum: string;
	/** The directory checksum of the installed files, whatever the source. */
	directory_checksum: string;
	registry: {
		name: string;
		url: string;
	} | null;
	dependencies: Record<string, string>;
	/** The fingerprint of the key whose signature over the archive was verified, when it was signed. */
	signed_by?: string;
}
interface PinnedPublisher {
	repository: string;
	workflow: string;
	issuer: string;
}
interface NamedTrustedRoot {
	/** Where it came from, for messages: `sigstore-public-good`, `github`, or a file path. */
	name: string;
	/** `shipped` (built into packdex), `updated` (written by packdex trust update) or `file` (--trusted-root). */
	source: "shipped" | "updated" | "file";
	/** The file it was read from, for `updated` and `file`. */
	file?: string;
	/** Whether its CAs log certificates in a CT log (public good does; GitHub's instance does not). */
	hasCtlogs: boolean;
	/** Whether it lists a transparency log (GitHub's instance does not: it timestamps instead). */
	hasTlogs: boolean;
}
interface ProvenancePolicy {
	roots: () => Promise<readonly NamedTrustedRoot[]>;
	/** Publishers the lockfile pins, by package name. */
	pins: Readonly<Record<string, PinnedPublisher>>;
	acceptPublisherChange: boolean;
}
export interface InstallSettings {
	specs: string[];
	/** The packs folder: each pack lands in <dir>/<ref>. */
	dir: string;
	cwd: string;
	/** --ref for git sources. */
	gitRef?: string;
	/** --checksum: what a direct archive or git source must hash to. */
	checksum?: string;
	force: boolean;
	skipDeps: boolean;
	includePrerelease: boolean;
	skipUnavailable: boolean;
	maxSize?: number;
	readers: readonly RegistryReader[];
	cacheDir: string | undefined;
	allowHttp: boolean;
	/** How long a download may stall (default: fetch-url's). */
	timeouts?: FetchTimeouts;
	/** Install exactly this lockfile's packs; no registry is contacted. */
	lockfile?: Lockfile;
	/** Trusted keys and require-signatures; default: no keys, nothing required (a signed version still fails closed). */
	signatures?: SignaturePolicy;
	/** Build provenance: trusted roots, the publishers a lockfile pins, --accept-publisher-change (default: shipped roots, no pins). */
	provenance?: ProvenancePolicy;
	now: Date;
	onProgress?: (name: string, received: number, total: number | undefined) => void;
	onWarning?: (message: string) => void;
}
type InstallOutcome = "installed" | "replaced" | "unchanged";
export interface InstalledPack {
	name: string;
	version: string;
	outcome: InstallOutcome;
	record: InstallRecord;
}
/** What is installed in a packs folder, by name, from the records packdex wrote. */
export declare function readInstallRecords(dir: string): Promise<Map<string, InstallRecord>>;
/**
 * Install packs into a folder, all or nothing. Everything is resolved, fetched, verified and
 * unpacked in a staging area inside the folder first; only then are the packs moved into place,
 * and if any move fails the ones already moved are put back. A failure at any step leaves the
 * folder exactly as it was.
 */
export declare function installPacks(settings: InstallSettings): Promise<InstalledPack[]>;
export interface LockSettings {
	specs: PackageSpec[];
	readers: readonly RegistryReader[];
	includePrerelease: boolean;
	skipUnavailable: boolean;
	cacheDir: string | undefined;
	allowHttp: boolean;
	timeouts?: FetchTimeouts;
	maxSize?: number;
	/** Trusted keys and require-signatures: a signed version is verified before it is locked. */
	signatures?: SignaturePolicy;
	/** When signing keys' expiry and revocation are judged (default: now). */
	now?: Date;
	/** Trusted roots, the publishers the previous lockfile pinned, --accept-publisher-change. */
	provenance?: ProvenancePolicy;
	onWarning?: (message: string) => void;
	onProgress?: (name: string, received: number, total: number | undefined) => void;
}
/**
 * Resolve the specs and their dependencies to exact artifacts, and download each archive once to
 * prove it matches its checksum and size (it lands in the cache, so a locked install can work with
 * no network). The result is what packdex.lock.json records.
 */
export declare function lockPacks(settings: LockSettings): Promise<Record<string, LockedPack>>;

export {};
