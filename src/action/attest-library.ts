// @actions/attest (with its own @actions/core 1, @actions/github 6 and @sigstore/sign) is a file of
// its own, dist/attest.cjs, imported on first use: only a publish with provenance loads it, and the
// Action's bundle stays within its 2 MB budget (bench case 8).
export { attestProvenance } from '@actions/attest';
