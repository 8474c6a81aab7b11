#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports2, module2) {
    module2.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports2, module2) {
    module2.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports2, module2) {
    module2.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports2, module2) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module2.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports2, module2) {
    "use strict";
    module2.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module2.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path34) {
      const ctrl = callVisitor(key, node, visitor, path34);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path34, ctrl);
        return visit_(key, ctrl, visitor, path34);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path34 = Object.freeze(path34.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path34);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path34 = Object.freeze(path34.concat(node));
          const ck = visit_("key", node.key, visitor, path34);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path34);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path34) {
      const ctrl = await callVisitor(key, node, visitor, path34);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path34, ctrl);
        return visitAsync_(key, ctrl, visitor, path34);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path34 = Object.freeze(path34.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path34);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path34 = Object.freeze(path34.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path34);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path34);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path34) {
      if (typeof visitor === "function")
        return visitor(key, node, path34);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path34);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path34);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path34);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path34);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path34);
      return void 0;
    }
    function replaceNode(key, path34, node) {
      const parent = path34[path34.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path34, value) {
      let v = value;
      for (let i = path34.length - 1; i >= 0; --i) {
        const k = path34[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path34) => path34 == null || typeof path34 === "object" && !!path34[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path34, value) {
        if (isEmptyPath(path34))
          this.add(value);
        else {
          const [key, ...rest] = path34;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path34) {
        const [key, ...rest] = path34;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path34, keepScalar) {
        const [key, ...rest] = path34;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path34) {
        const [key, ...rest] = path34;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path34, value) {
        const [key, ...rest] = path34;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str3) => str3.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str3, indent, comment) => str3.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str3.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str3) => /^(%|---|\.\.\.)/m.test(str3);
    function lineLengthOverLimit(str3, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str3.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str3[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str3 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str3 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str3 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str3 += "\\0";
                    break;
                  case "0007":
                    str3 += "\\a";
                    break;
                  case "000b":
                    str3 += "\\v";
                    break;
                  case "001b":
                    str3 += "\\e";
                    break;
                  case "0085":
                    str3 += "\\N";
                    break;
                  case "00a0":
                    str3 += "\\_";
                    break;
                  case "2028":
                    str3 += "\\L";
                    break;
                  case "2029":
                    str3 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str3 += "\\x" + code.substr(2);
                    else
                      str3 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str3 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str3 += "\n";
                  i += 2;
                }
                str3 += indent;
                if (json[i + 2] === " ")
                  str3 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str3 = start ? str3 + json.slice(start) : json;
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str3 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str3);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str3 : foldFlowLines.foldFlowLines(str3, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str3 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str3;
      return identity.isScalar(node) || str3[0] === "{" || str3[0] === "[" ? `${props} ${str3}` : `${props}
${ctx.indent}${str3}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str3 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str3.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str3 === "" ? "?" : explicitKey ? `? ${str3}` : str3;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str3 = `? ${str3}`;
        if (keyComment && !keyCommentDone) {
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str3;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
        str3 = `? ${str3}
${indent}:`;
      } else {
        str3 = `${str3}:`;
        if (keyComment)
          str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str3.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str3 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str3 += stringifyComment.lineComment(str3, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str3;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str4 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str4 += stringifyComment.lineComment(str4, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str4);
      }
      let str3;
      if (lines.length === 0) {
        str3 = flowChars.start + flowChars.end;
      } else {
        str3 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str3 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str3 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str3;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str3 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str3.includes("\n"));
        if (i < items.length - 1) {
          str3 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str3.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str3 += ",";
          }
        }
        if (comment)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment));
        lines.push(str3);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str3 = start;
          for (const line of lines)
            str3 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str3}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str3) => str3,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str3) => new Scalar.Scalar(str3[0] === "t" || str3[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3));
        const dot = str3.indexOf(".");
        if (dot !== -1 && str3[str3.length - 1] === "0")
          node.minFractionDigits = str3.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str3, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str3) => str3,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str3) => str3 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str3, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str3) : parseInt(str3, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str3) => parseFloat(str3),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str3, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str3)}`);
        return str3;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str3 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str3.length);
          for (let i = 0; i < str3.length; ++i)
            buffer[i] = str3.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str3;
        if (typeof node_buffer.Buffer === "function") {
          str3 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str3 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str3.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str3.substr(o, lineWidth);
          }
          str3 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str3 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str3) => str3.slice(-3).toLowerCase() === "nan" ? NaN : str3[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str3) => parseFloat(str3.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str3) {
        const node = new Scalar.Scalar(parseFloat(str3.replace(/_/g, "")));
        const dot = str3.indexOf(".");
        if (dot !== -1) {
          const f = str3.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str3, offset, radix, { intAsBigInt }) {
      const sign = str3[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str3 = str3.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str3 = `0b${str3}`;
            break;
          case 8:
            str3 = `0o${str3}`;
            break;
          case 16:
            str3 = `0x${str3}`;
            break;
        }
        const n2 = BigInt(str3);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str3, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str3 = value.toString(radix);
        return value < 0 ? "-" + prefix + str3.substr(1) : prefix + str3;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str3, _onError, opt) => intResolve(str3, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str3, asBigInt) {
      const sign = str3[0];
      const parts = sign === "-" || sign === "+" ? str3.substring(1) : str3;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str3, _onError, { intAsBigInt }) => parseSexagesimal(str3, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str3) => parseSexagesimal(str3, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str3) {
        const match = str3.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path34, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path34, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path34) {
        if (Collection.isEmptyPath(path34)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path34) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path34, keepScalar) {
        if (Collection.isEmptyPath(path34))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path34, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path34) {
        if (Collection.isEmptyPath(path34))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path34) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path34, value) {
        if (Collection.isEmptyPath(path34)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path34), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path34, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path34) => {
      let item = cst;
      for (const [field, index] of path34) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path34) => {
      const parent = visit.itemAtPath(cst, path34.slice(0, -1));
      const field = path34[path34.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path34, item, visitor) {
      let ctrl = visitor(item, path34);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path34.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path34);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path34) : ctrl;
    }
    exports2.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument3;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit.visit;
    exports2.visitAsync = visit.visitAsync;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse2 = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse2();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse2();
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module2.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module2.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse2();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module2.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module2.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module2.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module2.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse2();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module2.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module2.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module2.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module2.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module2.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module2.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module2.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module2.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module2.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module2.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module2.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module2.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module2.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse2();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module2.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module2) {
    "use strict";
    var parse2 = require_parse2();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module2.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit2 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit2(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit2(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit2(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit2(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit2(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position2 = matchStart;
      if (isWhitespace(range[position2])) {
        position2++;
      }
      if (range[position2] === "<" || range[position2] === ">") {
        position2++;
      }
      if (range[position2] === "=") {
        position2++;
      }
      return isWhitespace(range[position2]) ? position2 : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module2.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module2.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module2.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module2.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module2.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside2 = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module2.exports = outside2;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module2) {
    "use strict";
    var outside2 = require_outside();
    var gtr = (version, range, options) => outside2(version, range, ">", options);
    module2.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module2) {
    "use strict";
    var outside2 = require_outside();
    var ltr = (version, range, options) => outside2(version, range, "<", options);
    module2.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module2.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module2) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module2.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module2.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module2) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse2();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside2 = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside: outside2,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str3) {
      const len = str3.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str3.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str3.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports2, module2) {
    module2.exports = require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports2, module2) {
    module2.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports2, module2) {
    var FixedFIFO = require_fixed_size();
    module2.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports2, module2) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module2.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "�";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "�";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "�";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "�" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports2, module2) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module2.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors2 = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports2, module2) {
    module2.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports2, module2) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors2();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline3(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline3(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline3(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module2.exports = {
      pipeline: pipeline3,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports2) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports2.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports2.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports2.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports2.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports2.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str3) {
      const len = b4a.byteLength(str3);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str3;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports2, module2) {
    var { Writable, Readable, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract2.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract2.destroyed) return resolve({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module2.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants2 = __commonJS({
  "node_modules/tar-stream/constants.js"(exports2, module2) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module2.exports = require("fs").constants || constants;
    } catch {
      module2.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports2, module2) {
    var { Readable, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants2();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack2, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack2;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module2.exports = function pack2(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports2) {
    exports2.extract = require_extract();
    exports2.pack = require_pack();
  }
});

// src/lib.ts
var lib_exports = {};
__export(lib_exports, {
  LOCKFILE_NAME: () => LOCKFILE_NAME,
  PackdexError: () => PackdexError,
  addVersion: () => addVersion,
  applyFileChanges: () => applyFileChanges,
  buildArchive: () => buildArchive,
  buildSite: () => buildSite,
  changeRegistry: () => changeRegistry,
  hashDirectory: () => hashDirectory,
  hashFile: () => hashFile,
  initRegistry: () => initRegistry,
  installPacks: () => installPacks,
  lockPacks: () => lockPacks,
  openClient: () => openClient,
  packageDocumentPath: () => packageDocumentPath,
  parsePackageSpec: () => parsePackageSpec,
  planInitRegistry: () => planInitRegistry,
  planPackageChange: () => planPackageChange,
  planSiteBuild: () => planSiteBuild,
  publishToFolder: () => publishToFolder,
  readInstallRecords: () => readInstallRecords,
  readLockfile: () => readLockfile,
  recoverRegistry: () => recoverRegistry,
  resolvePackage: () => resolvePackage,
  runAudit: () => runAudit,
  searchPackages: () => searchPackages,
  selectVersion: () => selectVersion,
  serializeLockfile: () => serializeLockfile,
  setDistTag: () => setDistTag,
  updatePackage: () => updatePackage,
  yankVersion: () => yankVersion
});
module.exports = __toCommonJS(lib_exports);

// src/core/errors.ts
var PackdexError = class extends Error {
  code;
  value;
  expected;
  fix;
  path;
  line;
  column;
  constructor(code, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = "PackdexError";
    this.code = code;
    this.value = details.value;
    this.expected = details.expected;
    this.fix = details.fix;
    this.path = details.path;
    this.line = details.line;
    this.column = details.column;
  }
  /** The whole story on one screen: message, what was expected, the fix. */
  describe() {
    const lines = [this.message];
    if (this.expected !== void 0) lines.push(`Expected: ${this.expected}`);
    if (this.fix !== void 0) lines.push(`Fix: ${this.fix}`);
    return lines.join("\n");
  }
  toJSON() {
    const out = { code: this.code, message: this.message };
    if (this.value !== void 0) out.value = this.value;
    if (this.expected !== void 0) out.expected = this.expected;
    if (this.fix !== void 0) out.fix = this.fix;
    if (this.path !== void 0) out.path = this.path;
    if (this.line !== void 0) out.line = this.line;
    if (this.column !== void 0) out.column = this.column;
    return out;
  }
};
function quote(value) {
  if (typeof value === "string") return `'${value}'`;
  return JSON.stringify(value) ?? String(value);
}
var ERRNO_CODES = {
  ENOSPC: { code: "DISK_FULL", reason: "the disk is full", fix: "Free some space on that file system (or raise the quota) and run the command again; nothing was half-written." },
  EDQUOT: { code: "DISK_FULL", reason: "the disk quota is used up", fix: "Free some space or raise the quota, and run the command again; nothing was half-written." },
  EROFS: { code: "READ_ONLY", reason: "the file system is read-only", fix: "Run the command on a writable copy, or remount the file system read-write." },
  EACCES: { code: "PERMISSION_DENIED", reason: "permission denied", fix: "Check the owner and mode of the path (and its folders), or run as a user who may write there." },
  EPERM: { code: "PERMISSION_DENIED", reason: "operation not permitted", fix: "Check the owner, mode and attributes (chattr +i) of the path, or run as a user who may write there." },
  ENOTDIR: { code: "NOT_A_DIRECTORY", reason: "a part of the path is a file, not a folder", fix: "Point it at a folder, or move the file that is in the way." },
  EISDIR: { code: "NOT_A_DIRECTORY", reason: "a folder is where a file was expected", fix: "Move the folder that is in the way." }
};
function errnoOf(cause) {
  const code = cause?.code;
  return typeof code === "string" ? code : void 0;
}
function ioError(action, target, cause) {
  if (cause instanceof PackdexError) return cause;
  const known = ERRNO_CODES[errnoOf(cause) ?? ""];
  if (known !== void 0) {
    return new PackdexError(known.code, `Could not ${action} '${target}': ${known.reason} (${errnoOf(cause)}).`, { value: target, fix: known.fix, cause });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new PackdexError("IO", `Could not ${action} '${target}': ${reason}`, {
    value: target,
    fix: "Check that the path exists and that packdex may read and write it.",
    cause
  });
}

// src/core/format-bytes.ts
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

// src/core/audit/run-audit.ts
var import_node_path4 = __toESM(require("node:path"), 1);
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);

// src/core/manifest/discover-contents.ts
var import_promises2 = require("node:fs/promises");
var import_node_path2 = __toESM(require("node:path"), 1);

// src/core/manifest/parse-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
function pointerKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
}
function parseYamlMapping(text, file, what = "manifest") {
  const lineCounter = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (cause) {
    throw new PackdexError("MANIFEST_YAML_INVALID", `${file} is not valid YAML: ${cause.message}`, {
      value: file,
      path: file,
      fix: `Fix the YAML syntax of ${file}.`,
      cause
    });
  }
  const first = doc.errors[0];
  if (first !== void 0) {
    const pos = first.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : "";
    const reason = (first.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new PackdexError("MANIFEST_YAML_INVALID", `${file} is not valid YAML${where}: ${reason}`, {
      value: file,
      expected: `a YAML mapping (${what})`,
      fix: `Fix the YAML syntax of ${file}${where}.`,
      path: file,
      line: pos?.line,
      column: pos?.col
    });
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    const message = cause.message;
    if (/alias/i.test(message)) {
      throw new PackdexError("MANIFEST_ALIAS_LIMIT", `${file} expands too many YAML aliases (more than ${MAX_ALIAS_COUNT} per node).`, {
        value: file,
        expected: "a manifest without alias expansion attacks",
        fix: `Write the values out in ${file} instead of repeating anchors and aliases.`,
        path: file,
        cause
      });
    }
    throw new PackdexError("MANIFEST_YAML_INVALID", `${file} could not be read as YAML: ${message}`, {
      value: file,
      fix: `Fix the YAML of ${file}.`,
      path: file,
      cause
    });
  }
  if (!(0, import_yaml.isMap)(doc.contents) || data === null || typeof data !== "object" || Array.isArray(data)) {
    const actual = data === null || data === void 0 ? "empty" : Array.isArray(data) ? "a list" : `a ${typeof data}`;
    throw new PackdexError("MANIFEST_NOT_MAPPING", `${file} is ${actual}, not a mapping of keys to values.`, {
      value: file,
      expected: `a YAML mapping (${what}), such as "ref: my_pack"`,
      fix: `Write ${file} as key: value lines.`,
      path: file,
      line: 1
    });
  }
  const locate = (pointer) => {
    const path34 = pointerToPath(pointer);
    for (let n = path34.length; n >= 0; n--) {
      const node = doc.getIn(path34.slice(0, n), true);
      if (node?.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { file, data, locate };
}

// src/core/manifest/pack-manifest.ts
var import_promises = require("node:fs/promises");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_util = require("node:util");
var import_semver = __toESM(require_semver2(), 1);

// src/core/schema-validators.ts
var runtime0Module = __toESM(require_ucs2length(), 1);
var runtime1Module = __toESM(require_equal(), 1);
var runtime0 = unwrap(runtime0Module);
var runtime1 = unwrap(runtime1Module);
function unwrap(m) {
  let f = m;
  while (typeof f !== "function" && f !== null && typeof f === "object" && "default" in f) f = f.default;
  return f;
}
var validate_index_entry = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/index-entry.schema.json", "title": "Attune pack index entry", "description": "One package in index.json (format 1.0), as an index may hold it: every entry Attune's own schema and validator accept is valid here (an email may be empty, a homepage any URI, lists in any order, install sources in any order and number, a dependency a bare ref). What packdex writes is stricter (Rust key order, sorted lists, a git source before an archive source): that is `packdex validate --canonical`, not this schema. An Attune pack's entry is exactly the Attune pack index entry; packages of the other profiles use the same keys with three extensions, all optional: a scoped ref (@scope/name, AAM), extra contents kinds (processes and steps for pbg; agents, skills, prompts and instructions for AAM) and meta.profile naming the profile. `packdex validate --attune` refuses the extensions. Uniqueness of lists is checked by packdex's index rules on top of this schema.", "type": "object", "additionalProperties": false, "required": ["ref", "label", "description", "version", "author", "license", "keywords", "runtime_deps", "install_sources", "contents"], "properties": { "ref": { "description": "Unique package identifier. Attune: the pack.yaml ref, ^[a-z][a-z0-9_-]*$. dbpm: the dbpm.yaml name. pbg: the [project] name normalised as PEP 503 does. AAM: the aam.yaml name, which may start with a digit and may be scoped (@scope/name).", "type": "string", "maxLength": 130, "pattern": "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, "label": { "description": "Human-readable pack name.", "type": "string", "minLength": 1 }, "description": { "description": "Brief pack description; may be empty.", "type": "string" }, "use_case": { "description": "When to use the pack, in a sentence or two.", "type": "string" }, "version": { "description": "Semantic version of the pack this entry describes.", "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$" }, "author": { "description": "Pack author or maintainer.", "type": "string", "minLength": 1 }, "email": { "description": "Contact email of the author; may be empty (Attune's schema allows it).", "type": "string" }, "homepage": { "$ref": "#/$defs/anyUri", "description": "Pack homepage: any absolute URI (https, http, mailto:…), as Attune's schema allows." }, "repository": { "$ref": "#/$defs/webUrl", "description": "Source repository (https, as Attune's schema and validator require)." }, "license": { "description": "SPDX license expression, or NOASSERTION.", "type": "string", "minLength": 1 }, "keywords": { "description": "Searchable keywords: unique strings, in any order (packdex writes them sorted).", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "runtime_deps": { "description": "Runtimes the pack needs (python3, nodejs, shell): unique strings, in any order (packdex writes them sorted).", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "install_sources": { "description": "Where the pack can be installed from: at least one source, in any order and number (packdex writes a git source before an archive source).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/installSource" } }, "contents": { "description": "The package's components, by kind; names unique within a kind, in any order (packdex writes each list sorted by name). The five Attune kinds are always present (empty for other profiles); pbg adds processes and steps, AAM adds agents, skills, prompts and instructions.", "type": "object", "additionalProperties": false, "required": ["actions", "sensors", "triggers", "rules", "workflows"], "properties": { "actions": { "$ref": "#/$defs/componentList", "description": "Actions the pack provides." }, "sensors": { "$ref": "#/$defs/componentList", "description": "Sensors the pack provides." }, "triggers": { "$ref": "#/$defs/componentList", "description": "Triggers the pack provides." }, "rules": { "$ref": "#/$defs/componentList", "description": "Rules bundled with the pack." }, "workflows": { "$ref": "#/$defs/componentList", "description": "Workflows bundled with the pack." }, "processes": { "$ref": "#/$defs/componentList", "description": "pbg: process-bigraph Process subclasses, named <module>.<Class>." }, "steps": { "$ref": "#/$defs/componentList", "description": "pbg: process-bigraph Step subclasses, named <module>.<Class>." }, "agents": { "$ref": "#/$defs/componentList", "description": "AAM: agents the package installs." }, "skills": { "$ref": "#/$defs/componentList", "description": "AAM: skills the package installs." }, "prompts": { "$ref": "#/$defs/componentList", "description": "AAM: prompts the package installs." }, "instructions": { "$ref": "#/$defs/componentList", "description": "AAM: instructions the package installs." } } }, "dependencies": { "description": "Version requirements on Attune, runtimes and other packs.", "type": "object", "additionalProperties": false, "properties": { "attune_version": { "description": "Semver requirement on Attune.", "type": "string" }, "python_version": { "description": "Python version requirement.", "type": "string" }, "nodejs_version": { "description": "Node.js version requirement.", "type": "string" }, "packs": { "description": `Packages this package needs: a bare ref ("core", which Attune's builder writes) or "name@constraint", where the constraint may contain spaces ("core@>=1.0.0 <2.0.0"). Duplicates are tolerated, as Attune tolerates them.`, "type": "array", "items": { "type": "string", "pattern": "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*(?:@\\S(?:.*\\S)?)?$" } } } }, "meta": { "description": "Any additional metadata. For packages of a profile other than Attune, packdex sets profile, and the profile's own facts (see the properties).", "type": "object", "additionalProperties": true, "properties": { "profile": { "description": "The profile the package was read with; absent for Attune packs.", "enum": ["pbg", "dbpm", "aam"] }, "compute": { "description": "pbg: the compute outline, one item per Process or Step class.", "type": "array", "items": { "$ref": "#/$defs/computeOutline" } }, "python_dependencies": { "description": "pbg: [project].dependencies as written (PEP 508).", "type": "array", "items": { "type": "string" } }, "pep440_version": { "description": "pbg: the version as the package writes it (PEP 440), when the entry's version is its semantic-version form rather than the same text (0.3 → 0.3.0, 1.0rc1 → 1.0.0-rc.1).", "type": "string", "minLength": 1 }, "core_minimum_version": { "description": "dbpm: the oldest Core the package runs on (Core is never an ordinary dependency).", "type": "string", "minLength": 1 }, "oracle_minimum_version": { "description": "dbpm: the oldest Oracle Database version supported.", "type": "string", "minLength": 1 } } } }, "$defs": { "httpsUrl": { "description": "An https URL with no credentials, query or fragment, and a path with no dot segments (., .., or their %2e forms), backslashes or encoded slashes.", "type": "string", "pattern": "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, "registryPath": { "description": "A path relative to the registry's root (archives/<file>), as package documents record archives stored in the registry: no scheme, no leading /, no query, fragment, colon or white space, no dot segments, backslashes or encoded slashes.", "type": "string", "pattern": "^(?!/)(?!.*%(?:2[fF]|5[cC]))(?:(?!(?:\\.|%2[eE]){1,2}/)[^\\s?#/\\\\:]+/)*(?!(?:\\.|%2[eE]){1,2}$)[^\\s?#/\\\\:]+$" }, "checksum": { "description": "sha256: followed by 64 lowercase hex digits.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "installSource": { "description": "A git or archive install source, told apart by type.", "type": "object", "required": ["type"], "properties": { "type": { "description": "Source type.", "enum": ["git", "archive"] } }, "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/gitSource" }, { "$ref": "#/$defs/archiveSource" }] }, "gitSource": { "description": "A git repository at a ref; its checksum is the directory checksum of the checked-out tree without .git.", "type": "object", "additionalProperties": false, "required": ["type", "url", "ref", "checksum"], "properties": { "type": { "description": "Always git.", "const": "git" }, "url": { "$ref": "#/$defs/httpsUrl", "description": "Clone URL (https)." }, "ref": { "description": "Tag, branch or commit; never starts with '-'.", "type": "string", "pattern": "^[^-\\s][^\\s]*$" }, "checksum": { "$ref": "#/$defs/checksum", "description": "Directory checksum of the tree at ref." } } }, "archiveSource": { "description": "An archive (tar.gz or zip); its checksum is the SHA-256 of its bytes.", "type": "object", "additionalProperties": false, "required": ["type", "url", "checksum"], "properties": { "type": { "description": "Always archive.", "const": "archive" }, "url": { "description": "Download URL (https). In a registry's package document an archive stored in the registry is recorded relative to it (archives/<file>), so the registry can move; index.json always holds the absolute URL.", "anyOf": [{ "$ref": "#/$defs/httpsUrl" }, { "$ref": "#/$defs/registryPath" }] }, "checksum": { "$ref": "#/$defs/checksum", "description": "SHA-256 of the archive's bytes." } } }, "componentList": { "description": "Components of one kind.", "type": "array", "items": { "description": "One component.", "type": "object", "additionalProperties": false, "required": ["name", "description"], "properties": { "name": { "description": "Component name, without the pack ref prefix.", "type": "string", "minLength": 1 }, "description": { "description": "What the component does; may be empty.", "type": "string" } } } }, "webUrl": { "description": "An https URL without whitespace.", "type": "string", "pattern": "^https://\\S+$" }, "computeOutline": { "description": "One Process or Step class of the compute outline.", "type": "object", "additionalProperties": false, "required": ["module", "name", "compute_type", "inputs", "outputs"], "properties": { "module": { "description": "The module's full dotted path.", "type": "string", "minLength": 1 }, "name": { "description": "The class name.", "type": "string", "minLength": 1 }, "compute_type": { "description": "process or step.", "enum": ["process", "step"] }, "description": { "description": "The first line of the class's docstring.", "type": "string" }, "inputs": { "description": "The input ports' schema, as JSON text (the dict inputs() returns); the word dynamic when the source does not state it as a literal.", "type": "string" }, "outputs": { "description": "The output ports' schema, as JSON text (the dict outputs() returns); the word dynamic when the source does not state it as a literal.", "type": "string" }, "config_schema": { "description": "The class's config_schema, as JSON text; the word dynamic when the source does not state it as a literal.", "type": "string" } } }, "anyUri": { "description": "An absolute URI: a scheme, a colon, and no whitespace.", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:\\S*$" } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = runtime0;
var pattern3 = new RegExp("^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$", "u");
var pattern4 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$", "u");
var pattern11 = new RegExp("^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*(?:@\\S(?:.*\\S)?)?$", "u");
var pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:\\S*$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern5.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9+.-]*:\\S*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9+.-]*:\\S*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern6 = new RegExp("^https://\\S+$", "u");
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: 'must match pattern "^https://\\S+$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema22 = { "description": "A git or archive install source, told apart by type.", "type": "object", "required": ["type"], "properties": { "type": { "description": "Source type.", "enum": ["git", "archive"] } }, "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/gitSource" }, { "$ref": "#/$defs/archiveSource" }] };
var pattern7 = new RegExp("^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$", "u");
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, message: 'must match pattern "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern9 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern9.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern8 = new RegExp("^[^-\\s][^\\s]*$", "u");
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ref === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.checksum === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checksum" }, message: "must have required property 'checksum'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "url" || key0 === "ref" || key0 === "checksum")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("git" !== data.type) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "git" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (!validate59(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if (data.ref !== void 0) {
      let data2 = data.ref;
      if (typeof data2 === "string") {
        if (!pattern8.test(data2)) {
          const err6 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/pattern", keyword: "pattern", params: { pattern: "^[^-\\s][^\\s]*$" }, message: 'must match pattern "^[^-\\s][^\\s]*$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.checksum !== void 0) {
      if (!validate61(data.checksum, { instancePath: instancePath + "/checksum", parentData: data, parentDataProperty: "checksum", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern10 = new RegExp("^(?!/)(?!.*%(?:2[fF]|5[cC]))(?:(?!(?:\\.|%2[eE]){1,2}/)[^\\s?#/\\\\:]+/)*(?!(?:\\.|%2[eE]){1,2}$)[^\\s?#/\\\\:]+$", "u");
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern10.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*%(?:2[fF]|5[cC]))(?:(?!(?:\\.|%2[eE]){1,2}/)[^\\s?#/\\\\:]+/)*(?!(?:\\.|%2[eE]){1,2}$)[^\\s?#/\\\\:]+$" }, message: 'must match pattern "^(?!/)(?!.*%(?:2[fF]|5[cC]))(?:(?!(?:\\.|%2[eE]){1,2}/)[^\\s?#/\\\\:]+/)*(?!(?:\\.|%2[eE]){1,2}$)[^\\s?#/\\\\:]+$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.checksum === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checksum" }, message: "must have required property 'checksum'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "url" || key0 === "checksum")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("archive" !== data.type) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "archive" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      const _errs4 = errors;
      let valid1 = false;
      const _errs5 = errors;
      if (!validate59(data1, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs5 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (!validate65(data1, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.checksum !== void 0) {
      if (!validate61(data.checksum, { instancePath: instancePath + "/checksum", parentData: data, parentDataProperty: "checksum", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "git" || data0 === "archive")) {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema22.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    const tag0 = data.type;
    if (typeof tag0 == "string") {
      if (tag0 === "git") {
        if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
          errors = vErrors.length;
        }
        var props0 = true;
      } else if (tag0 === "archive") {
        if (!validate63(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: 'value of tag "type" must be in oneOf' };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: 'tag "type" must be string' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate57.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate57.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.description === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "name" || key0 === "description")) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          if (typeof data0.description !== "string") {
            const err5 = { instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema29 = { "description": "One Process or Step class of the compute outline.", "type": "object", "additionalProperties": false, "required": ["module", "name", "compute_type", "inputs", "outputs"], "properties": { "module": { "description": "The module's full dotted path.", "type": "string", "minLength": 1 }, "name": { "description": "The class name.", "type": "string", "minLength": 1 }, "compute_type": { "description": "process or step.", "enum": ["process", "step"] }, "description": { "description": "The first line of the class's docstring.", "type": "string" }, "inputs": { "description": "The input ports' schema, as JSON text (the dict inputs() returns); the word dynamic when the source does not state it as a literal.", "type": "string" }, "outputs": { "description": "The output ports' schema, as JSON text (the dict outputs() returns); the word dynamic when the source does not state it as a literal.", "type": "string" }, "config_schema": { "description": "The class's config_schema, as JSON text; the word dynamic when the source does not state it as a literal.", "type": "string" } } };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.compute_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "compute_type" }, message: "must have required property 'compute_type'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.outputs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "name" || key0 === "compute_type" || key0 === "description" || key0 === "inputs" || key0 === "outputs" || key0 === "config_schema")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.module !== void 0) {
      let data0 = data.module;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.compute_type !== void 0) {
      let data2 = data.compute_type;
      if (!(data2 === "process" || data2 === "step")) {
        const err10 = { instancePath: instancePath + "/compute_type", schemaPath: "#/properties/compute_type/enum", keyword: "enum", params: { allowedValues: schema29.properties.compute_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      if (typeof data.inputs !== "string") {
        const err12 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      if (typeof data.outputs !== "string") {
        const err13 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.config_schema !== void 0) {
      if (typeof data.config_schema !== "string") {
        const err14 = { instancePath: instancePath + "/config_schema", schemaPath: "#/properties/config_schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.label === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.author === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.license === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "license" }, message: "must have required property 'license'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.keywords === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keywords" }, message: "must have required property 'keywords'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.runtime_deps === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runtime_deps" }, message: "must have required property 'runtime_deps'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.install_sources === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "install_sources" }, message: "must have required property 'install_sources'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.contents === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contents" }, message: "must have required property 'contents'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema19.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (func2(data0) > 130) {
          const err11 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 130 }, message: "must NOT have more than 130 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern3.test(data0)) {
          const err12 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data1 = data.label;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err14 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err16 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.use_case !== void 0) {
      if (typeof data.use_case !== "string") {
        const err17 = { instancePath: instancePath + "/use_case", schemaPath: "#/properties/use_case/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data4 = data.version;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err18 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      let data5 = data.author;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err20 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      if (typeof data.email !== "string") {
        const err22 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.homepage !== void 0) {
      if (!validate53(data.homepage, { instancePath: instancePath + "/homepage", parentData: data, parentDataProperty: "homepage", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
    if (data.repository !== void 0) {
      if (!validate55(data.repository, { instancePath: instancePath + "/repository", parentData: data, parentDataProperty: "repository", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.license !== void 0) {
      let data9 = data.license;
      if (typeof data9 === "string") {
        if (func2(data9) < 1) {
          const err23 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.keywords !== void 0) {
      let data10 = data.keywords;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data10[i0] !== "string") {
            const err25 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        let i1 = data10.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data10[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err26 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.runtime_deps !== void 0) {
      let data12 = data.runtime_deps;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (typeof data12[i2] !== "string") {
            const err28 = { instancePath: instancePath + "/runtime_deps/" + i2, schemaPath: "#/properties/runtime_deps/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i3 = data12.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data12[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err29 = { instancePath: instancePath + "/runtime_deps", schemaPath: "#/properties/runtime_deps/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/runtime_deps", schemaPath: "#/properties/runtime_deps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.install_sources !== void 0) {
      let data14 = data.install_sources;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err31 = { instancePath: instancePath + "/install_sources", schemaPath: "#/properties/install_sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i4 = 0; i4 < len2; i4++) {
          if (!validate57(data14[i4], { instancePath: instancePath + "/install_sources/" + i4, parentData: data14, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/install_sources", schemaPath: "#/properties/install_sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.contents !== void 0) {
      let data16 = data.contents;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.actions === void 0) {
          const err33 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data16.sensors === void 0) {
          const err34 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/required", keyword: "required", params: { missingProperty: "sensors" }, message: "must have required property 'sensors'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data16.triggers === void 0) {
          const err35 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/required", keyword: "required", params: { missingProperty: "triggers" }, message: "must have required property 'triggers'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data16.rules === void 0) {
          const err36 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data16.workflows === void 0) {
          const err37 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/required", keyword: "required", params: { missingProperty: "workflows" }, message: "must have required property 'workflows'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        for (const key1 in data16) {
          if (!func1.call(schema19.properties.contents.properties, key1)) {
            const err38 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data16.actions !== void 0) {
          if (!validate71(data16.actions, { instancePath: instancePath + "/contents/actions", parentData: data16, parentDataProperty: "actions", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.sensors !== void 0) {
          if (!validate71(data16.sensors, { instancePath: instancePath + "/contents/sensors", parentData: data16, parentDataProperty: "sensors", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.triggers !== void 0) {
          if (!validate71(data16.triggers, { instancePath: instancePath + "/contents/triggers", parentData: data16, parentDataProperty: "triggers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.rules !== void 0) {
          if (!validate71(data16.rules, { instancePath: instancePath + "/contents/rules", parentData: data16, parentDataProperty: "rules", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.workflows !== void 0) {
          if (!validate71(data16.workflows, { instancePath: instancePath + "/contents/workflows", parentData: data16, parentDataProperty: "workflows", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.processes !== void 0) {
          if (!validate71(data16.processes, { instancePath: instancePath + "/contents/processes", parentData: data16, parentDataProperty: "processes", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.steps !== void 0) {
          if (!validate71(data16.steps, { instancePath: instancePath + "/contents/steps", parentData: data16, parentDataProperty: "steps", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.agents !== void 0) {
          if (!validate71(data16.agents, { instancePath: instancePath + "/contents/agents", parentData: data16, parentDataProperty: "agents", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.skills !== void 0) {
          if (!validate71(data16.skills, { instancePath: instancePath + "/contents/skills", parentData: data16, parentDataProperty: "skills", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.prompts !== void 0) {
          if (!validate71(data16.prompts, { instancePath: instancePath + "/contents/prompts", parentData: data16, parentDataProperty: "prompts", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
        if (data16.instructions !== void 0) {
          if (!validate71(data16.instructions, { instancePath: instancePath + "/contents/instructions", parentData: data16, parentDataProperty: "instructions", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data28 = data.dependencies;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key2 in data28) {
          if (!(key2 === "attune_version" || key2 === "python_version" || key2 === "nodejs_version" || key2 === "packs")) {
            const err40 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data28.attune_version !== void 0) {
          if (typeof data28.attune_version !== "string") {
            const err41 = { instancePath: instancePath + "/dependencies/attune_version", schemaPath: "#/properties/dependencies/properties/attune_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data28.python_version !== void 0) {
          if (typeof data28.python_version !== "string") {
            const err42 = { instancePath: instancePath + "/dependencies/python_version", schemaPath: "#/properties/dependencies/properties/python_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data28.nodejs_version !== void 0) {
          if (typeof data28.nodejs_version !== "string") {
            const err43 = { instancePath: instancePath + "/dependencies/nodejs_version", schemaPath: "#/properties/dependencies/properties/nodejs_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data28.packs !== void 0) {
          let data32 = data28.packs;
          if (Array.isArray(data32)) {
            const len3 = data32.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data33 = data32[i5];
              if (typeof data33 === "string") {
                if (!pattern11.test(data33)) {
                  const err44 = { instancePath: instancePath + "/dependencies/packs/" + i5, schemaPath: "#/properties/dependencies/properties/packs/items/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*(?:@\\S(?:.*\\S)?)?$" }, message: 'must match pattern "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*(?:@\\S(?:.*\\S)?)?$"' };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/dependencies/packs/" + i5, schemaPath: "#/properties/dependencies/properties/packs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/dependencies/packs", schemaPath: "#/properties/dependencies/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.meta !== void 0) {
      let data34 = data.meta;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.profile !== void 0) {
          let data35 = data34.profile;
          if (!(data35 === "pbg" || data35 === "dbpm" || data35 === "aam")) {
            const err48 = { instancePath: instancePath + "/meta/profile", schemaPath: "#/properties/meta/properties/profile/enum", keyword: "enum", params: { allowedValues: schema19.properties.meta.properties.profile.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data34.compute !== void 0) {
          let data36 = data34.compute;
          if (Array.isArray(data36)) {
            const len4 = data36.length;
            for (let i6 = 0; i6 < len4; i6++) {
              if (!validate83(data36[i6], { instancePath: instancePath + "/meta/compute/" + i6, parentData: data36, parentDataProperty: i6, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/meta/compute", schemaPath: "#/properties/meta/properties/compute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data34.python_dependencies !== void 0) {
          let data38 = data34.python_dependencies;
          if (Array.isArray(data38)) {
            const len5 = data38.length;
            for (let i7 = 0; i7 < len5; i7++) {
              if (typeof data38[i7] !== "string") {
                const err50 = { instancePath: instancePath + "/meta/python_dependencies/" + i7, schemaPath: "#/properties/meta/properties/python_dependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/meta/python_dependencies", schemaPath: "#/properties/meta/properties/python_dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data34.pep440_version !== void 0) {
          let data40 = data34.pep440_version;
          if (typeof data40 === "string") {
            if (func2(data40) < 1) {
              const err52 = { instancePath: instancePath + "/meta/pep440_version", schemaPath: "#/properties/meta/properties/pep440_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/meta/pep440_version", schemaPath: "#/properties/meta/properties/pep440_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data34.core_minimum_version !== void 0) {
          let data41 = data34.core_minimum_version;
          if (typeof data41 === "string") {
            if (func2(data41) < 1) {
              const err54 = { instancePath: instancePath + "/meta/core_minimum_version", schemaPath: "#/properties/meta/properties/core_minimum_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/meta/core_minimum_version", schemaPath: "#/properties/meta/properties/core_minimum_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data34.oracle_minimum_version !== void 0) {
          let data42 = data34.oracle_minimum_version;
          if (typeof data42 === "string") {
            if (func2(data42) < 1) {
              const err56 = { instancePath: instancePath + "/meta/oracle_minimum_version", schemaPath: "#/properties/meta/properties/oracle_minimum_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/meta/oracle_minimum_version", schemaPath: "#/properties/meta/properties/oracle_minimum_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_index = validate85;
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, message: 'must match pattern "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern13 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registry_name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry_name" }, message: "must have required property 'registry_name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.registry_url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry_url" }, message: "must have required property 'registry_url'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last_updated === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_updated" }, message: "must have required property 'last_updated'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.packs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "packs" }, message: "must have required property 'packs'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "registry_name" || key0 === "registry_url" || key0 === "version" || key0 === "last_updated" || key0 === "packs")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.registry_name !== void 0) {
      let data0 = data.registry_name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/registry_name", schemaPath: "#/properties/registry_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/registry_name", schemaPath: "#/properties/registry_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.registry_url !== void 0) {
      if (!validate86(data.registry_url, { instancePath: instancePath + "/registry_url", parentData: data, parentDataProperty: "registry_url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      if ("1.0" !== data.version) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.last_updated !== void 0) {
      let data3 = data.last_updated;
      if (typeof data3 === "string") {
        if (!pattern13.test(data3)) {
          const err9 = { instancePath: instancePath + "/last_updated", schemaPath: "#/properties/last_updated/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/last_updated", schemaPath: "#/properties/last_updated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.packs !== void 0) {
      let data4 = data.packs;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (!validate52(data5, { instancePath: instancePath + "/packs/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
            errors = vErrors.length;
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.install_sources !== void 0) {
              let data6 = data5.install_sources;
              if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data7 = data6[i1];
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.url !== void 0) {
                      if (!validate86(data7.url, { instancePath: instancePath + "/packs/" + i0 + "/install_sources/" + i1 + "/url", parentData: data7, parentDataProperty: "url", rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/packs/" + i0 + "/install_sources/" + i1, schemaPath: "#/properties/packs/items/properties/install_sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/packs/" + i0 + "/install_sources", schemaPath: "#/properties/packs/items/properties/install_sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/packs/" + i0, schemaPath: "#/properties/packs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/packs", schemaPath: "#/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_pack = validate90;
var schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/pack.schema.json", "title": "pack.yaml", "description": "An Attune pack manifest, accepting the StackStorm-era spellings (name, keywords, metadata, config_schema) beside the Attune ones (label, tags, meta, conf_schema). Unknown keys are reported by the audit as warnings, not failures.", "type": "object", "additionalProperties": false, "properties": { "ref": { "description": "Pack identifier, ^[a-z][a-z0-9_-]*$; derived from name when missing.", "type": "string" }, "name": { "description": "StackStorm-era spelling of label; also the source of ref when ref is missing.", "type": "string" }, "label": { "description": "Human-readable pack name.", "type": "string" }, "description": { "description": "Brief description.", "type": "string" }, "use_case": { "description": "When to use the pack.", "type": "string" }, "version": { "description": "Semantic version, quoted so YAML keeps it a string.", "type": "string" }, "author": { "description": "Author or maintainer.", "type": "string" }, "email": { "description": "Contact email.", "type": "string" }, "contributors": { "description": "Other contributors.", "type": "array", "items": { "type": "string" } }, "license": { "description": "SPDX license expression.", "type": "string" }, "tags": { "$ref": "#/$defs/stringList", "description": "Attune spelling of keywords." }, "keywords": { "$ref": "#/$defs/stringList", "description": "StackStorm-era spelling of tags." }, "runtime_deps": { "$ref": "#/$defs/stringList", "description": "Runtimes the pack needs (python3, nodejs, shell)." }, "dependencies": { "description": 'Either a list of pack dependencies ("ref" or "ref@constraint"), or an object of requirements.', "oneOf": [{ "$ref": "#/$defs/packDependencyList" }, { "type": "object", "additionalProperties": false, "properties": { "attune_version": { "description": "Semver requirement on Attune.", "type": "string" }, "python_version": { "description": "Python version requirement.", "type": "string" }, "nodejs_version": { "description": "Node.js version requirement.", "type": "string" }, "packs": { "$ref": "#/$defs/packDependencyList", "description": "Pack dependencies." } } }] }, "meta": { "$ref": "#/$defs/meta", "description": "Additional metadata." }, "metadata": { "$ref": "#/$defs/meta", "description": "StackStorm-era spelling of meta." }, "homepage": { "description": "Pack homepage (https).", "type": "string" }, "repository": { "description": "Source repository (https).", "type": "string" }, "conf_schema": { "description": "Schema of the pack's configuration (ignored by the index).", "type": "object", "additionalProperties": true }, "config_schema": { "description": "StackStorm-era spelling of conf_schema.", "type": "object", "additionalProperties": true }, "system": { "description": "Marks a system pack (ignored by the index).", "type": "boolean" }, "enabled": { "description": "Whether the pack is enabled after install (ignored by the index).", "type": "boolean" }, "python_versions": { "description": "StackStorm: supported Python major versions (ignored by the index).", "type": "array", "items": { "type": "string" } }, "stackstorm_version": { "description": "StackStorm: required StackStorm version (ignored by the index).", "type": "string" }, "actions": { "$ref": "#/$defs/inlineComponents", "description": "Actions, used when actions/ has no YAML files." }, "sensors": { "$ref": "#/$defs/inlineComponents", "description": "Sensors, used when sensors/ has no YAML files." }, "triggers": { "$ref": "#/$defs/inlineComponents", "description": "Triggers, used when triggers/ has no YAML files." }, "rules": { "$ref": "#/$defs/inlineComponents", "description": "Rules, used when rules/ has no YAML files." }, "workflows": { "$ref": "#/$defs/inlineComponents", "description": "Workflows, used when workflows/ has no YAML files." } }, "$defs": { "stringList": { "description": "A list of strings.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "packDependencyList": { "description": 'Pack dependencies as "ref" or "ref@constraint".', "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_-]*(?:@\\S+)?$" } }, "meta": { "description": "Free-form metadata; the listed keys feed the index's defaults.", "type": "object", "properties": { "category": { "description": "A category for browsing.", "type": "string" }, "keywords": { "$ref": "#/$defs/stringList", "description": "Keywords, used when tags and keywords are absent." }, "documentation_url": { "description": "Used as homepage when homepage is absent.", "type": "string" }, "repository_url": { "description": "Used as repository when repository is absent.", "type": "string" }, "license": { "description": "Used as license when license is absent.", "type": "string" } }, "additionalProperties": true }, "inlineComponents": { "description": "Components listed inline.", "type": "array", "items": { "description": "One component.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "Component name.", "type": "string", "minLength": 1 }, "description": { "description": "What it does.", "type": "string" } } } } } };
function validate91(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var pattern14 = new RegExp("^[a-z][a-z0-9_-]*(?:@\\S+)?$", "u");
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate95.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern14.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]*(?:@\\S+)?$" }, message: 'must match pattern "^[a-z][a-z0-9_-]*(?:@\\S+)?$"' };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
validate95.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.category !== void 0) {
      if (typeof data.category !== "string") {
        const err0 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.keywords !== void 0) {
      if (!validate91(data.keywords, { instancePath: instancePath + "/keywords", parentData: data, parentDataProperty: "keywords", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.documentation_url !== void 0) {
      if (typeof data.documentation_url !== "string") {
        const err1 = { instancePath: instancePath + "/documentation_url", schemaPath: "#/properties/documentation_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.repository_url !== void 0) {
      if (typeof data.repository_url !== "string") {
        const err2 = { instancePath: instancePath + "/repository_url", schemaPath: "#/properties/repository_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      if (typeof data.license !== "string") {
        const err3 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "name" || key0 === "description")) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          let data1 = data0.name;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err2 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.description !== void 0) {
          if (typeof data0.description !== "string") {
            const err4 = { instancePath: instancePath + "/" + i0 + "/description", schemaPath: "#/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      if (typeof data.ref !== "string") {
        const err1 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      if (typeof data.label !== "string") {
        const err3 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.use_case !== void 0) {
      if (typeof data.use_case !== "string") {
        const err5 = { instancePath: instancePath + "/use_case", schemaPath: "#/properties/use_case/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      if (typeof data.author !== "string") {
        const err7 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.email !== void 0) {
      if (typeof data.email !== "string") {
        const err8 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.contributors !== void 0) {
      let data8 = data.contributors;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data8[i0] !== "string") {
            const err9 = { instancePath: instancePath + "/contributors/" + i0, schemaPath: "#/properties/contributors/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/contributors", schemaPath: "#/properties/contributors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      if (typeof data.license !== "string") {
        const err11 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      if (!validate91(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.keywords !== void 0) {
      if (!validate91(data.keywords, { instancePath: instancePath + "/keywords", parentData: data, parentDataProperty: "keywords", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.runtime_deps !== void 0) {
      if (!validate91(data.runtime_deps, { instancePath: instancePath + "/runtime_deps", parentData: data, parentDataProperty: "runtime_deps", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
        errors = vErrors.length;
      }
    }
    if (data.dependencies !== void 0) {
      let data14 = data.dependencies;
      const _errs28 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs29 = errors;
      if (!validate95(data14, { instancePath: instancePath + "/dependencies", parentData: data, parentDataProperty: "dependencies", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs29 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs30 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key1 in data14) {
          if (!(key1 === "attune_version" || key1 === "python_version" || key1 === "nodejs_version" || key1 === "packs")) {
            const err12 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data14.attune_version !== void 0) {
          if (typeof data14.attune_version !== "string") {
            const err13 = { instancePath: instancePath + "/dependencies/attune_version", schemaPath: "#/properties/dependencies/oneOf/1/properties/attune_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data14.python_version !== void 0) {
          if (typeof data14.python_version !== "string") {
            const err14 = { instancePath: instancePath + "/dependencies/python_version", schemaPath: "#/properties/dependencies/oneOf/1/properties/python_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data14.nodejs_version !== void 0) {
          if (typeof data14.nodejs_version !== "string") {
            const err15 = { instancePath: instancePath + "/dependencies/nodejs_version", schemaPath: "#/properties/dependencies/oneOf/1/properties/nodejs_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data14.packs !== void 0) {
          if (!validate95(data14.packs, { instancePath: instancePath + "/dependencies/packs", parentData: data14, parentDataProperty: "packs", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err17 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs28;
        if (vErrors !== null) {
          if (_errs28) {
            vErrors.length = _errs28;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.meta !== void 0) {
      if (!validate98(data.meta, { instancePath: instancePath + "/meta", parentData: data, parentDataProperty: "meta", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate98(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
    if (data.homepage !== void 0) {
      if (typeof data.homepage !== "string") {
        const err18 = { instancePath: instancePath + "/homepage", schemaPath: "#/properties/homepage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      if (typeof data.repository !== "string") {
        const err19 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.conf_schema !== void 0) {
      let data23 = data.conf_schema;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
      } else {
        const err20 = { instancePath: instancePath + "/conf_schema", schemaPath: "#/properties/conf_schema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.config_schema !== void 0) {
      let data24 = data.config_schema;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
      } else {
        const err21 = { instancePath: instancePath + "/config_schema", schemaPath: "#/properties/config_schema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      if (typeof data.system !== "boolean") {
        const err22 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err23 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.python_versions !== void 0) {
      let data27 = data.python_versions;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data27[i1] !== "string") {
            const err24 = { instancePath: instancePath + "/python_versions/" + i1, schemaPath: "#/properties/python_versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/python_versions", schemaPath: "#/properties/python_versions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.stackstorm_version !== void 0) {
      if (typeof data.stackstorm_version !== "string") {
        const err26 = { instancePath: instancePath + "/stackstorm_version", schemaPath: "#/properties/stackstorm_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.actions !== void 0) {
      if (!validate102(data.actions, { instancePath: instancePath + "/actions", parentData: data, parentDataProperty: "actions", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.sensors !== void 0) {
      if (!validate102(data.sensors, { instancePath: instancePath + "/sensors", parentData: data, parentDataProperty: "sensors", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.triggers !== void 0) {
      if (!validate102(data.triggers, { instancePath: instancePath + "/triggers", parentData: data, parentDataProperty: "triggers", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== void 0) {
      if (!validate102(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
    if (data.workflows !== void 0) {
      if (!validate102(data.workflows, { instancePath: instancePath + "/workflows", parentData: data, parentDataProperty: "workflows", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_registry = validate108;
var schema37 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/registry.schema.json", "title": "packdex registry identity", "description": "registry.json at the root of a packdex registry: who it is, which format it follows, and where its files live (paths relative to this file).", "type": "object", "additionalProperties": false, "required": ["format", "format_version", "name", "url", "created_at", "index", "packages", "archives"], "properties": { "format": { "description": "Always packdex-registry; tells a client it found a packdex registry.", "const": "packdex-registry" }, "format_version": { "description": "Layout version. A client refuses a version it does not know.", "const": 1 }, "name": { "description": "Human-readable registry name; also index.json's registry_name.", "type": "string", "minLength": 1 }, "url": { "description": "Where the registry is served (https); also index.json's registry_url, and the base of the registry-relative archive paths (archives/<file>) of package documents in index.json. Archive paths, and archive URLs under it, are read relative to wherever a client actually reached the registry (a mirror, a folder).", "$ref": "index-entry.schema.json#/$defs/httpsUrl" }, "former_urls": { "description": "Addresses the registry was served at before (registry init --force --url records the old url here). Archive URLs that package documents recorded under them are files of this registry too: index.json gives them under url, and a client reads them from wherever it reached the registry.", "type": "array", "uniqueItems": true, "items": { "$ref": "index-entry.schema.json#/$defs/httpsUrl" } }, "description": { "description": "One paragraph about the registry, shown on the browse page.", "type": "string" }, "created_at": { "description": "When the registry was created: RFC 3339, whole seconds, UTC.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, "index": { "description": "The Attune index (newest version of every package).", "const": "index.json" }, "packages": { "description": "Folder of package documents, one per package at <packages>/<shard>/<name>.json (Cargo's sparse-index shards).", "const": "packages" }, "archives": { "description": "Folder of archives stored in the registry itself (local publishes).", "const": "archives" }, "publishers": { "description": "GitHub logins that publishing runs as (a GitHub App's bot such as acme-publisher[bot], or a bot account). When listed, verify accepts a change to a package document only from one of them or from a maintainer the document lists.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$" } }, "extra_files": { "description": "Files the registry holds besides its own (e.g. CNAME, README.md, .github/**): an exact path, or a folder followed by /** for everything below it. verify refuses any other file that a change adds or alters.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[^*\\\\]+(?:/\\*\\*)?$" } } } };
var func0 = runtime1;
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, message: 'must match pattern "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern16 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
var pattern17 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$", "u");
var pattern18 = new RegExp("^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[^*\\\\]+(?:/\\*\\*)?$", "u");
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.format_version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format_version" }, message: "must have required property 'format_version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.index === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "index" }, message: "must have required property 'index'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.packages === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "packages" }, message: "must have required property 'packages'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.archives === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archives" }, message: "must have required property 'archives'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema37.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("packdex-registry" !== data.format) {
        const err9 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "packdex-registry" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.format_version !== void 0) {
      if (1 !== data.format_version) {
        const err10 = { instancePath: instancePath + "/format_version", schemaPath: "#/properties/format_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (!validate109(data.url, { instancePath: instancePath + "/url", parentData: data, parentDataProperty: "url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
    if (data.former_urls !== void 0) {
      let data4 = data.former_urls;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate109(data4[i0], { instancePath: instancePath + "/former_urls/" + i0, parentData: data4, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data4[i1], data4[j0])) {
                const err13 = { instancePath: instancePath + "/former_urls", schemaPath: "#/properties/former_urls/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/former_urls", schemaPath: "#/properties/former_urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data7 = data.created_at;
      if (typeof data7 === "string") {
        if (!pattern16.test(data7)) {
          const err16 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.index !== void 0) {
      if ("index.json" !== data.index) {
        const err18 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/const", keyword: "const", params: { allowedValue: "index.json" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.packages !== void 0) {
      if ("packages" !== data.packages) {
        const err19 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/const", keyword: "const", params: { allowedValue: "packages" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.archives !== void 0) {
      if ("archives" !== data.archives) {
        const err20 = { instancePath: instancePath + "/archives", schemaPath: "#/properties/archives/const", keyword: "const", params: { allowedValue: "archives" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.publishers !== void 0) {
      let data11 = data.publishers;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (!pattern17.test(data12)) {
              const err21 = { instancePath: instancePath + "/publishers/" + i2, schemaPath: "#/properties/publishers/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/publishers/" + i2, schemaPath: "#/properties/publishers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i3 = data11.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data11[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err23 = { instancePath: instancePath + "/publishers", schemaPath: "#/properties/publishers/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/publishers", schemaPath: "#/properties/publishers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.extra_files !== void 0) {
      let data13 = data.extra_files;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data14 = data13[i4];
          if (typeof data14 === "string") {
            if (!pattern18.test(data14)) {
              const err25 = { instancePath: instancePath + "/extra_files/" + i4, schemaPath: "#/properties/extra_files/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[^*\\\\]+(?:/\\*\\*)?$" }, message: 'must match pattern "^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!.*//)[^*\\\\]+(?:/\\*\\*)?$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/extra_files/" + i4, schemaPath: "#/properties/extra_files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        let i5 = data13.length;
        let j2;
        if (i5 > 1) {
          const indices1 = {};
          for (; i5--; ) {
            let item1 = data13[i5];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j2 = indices1[item1];
              const err27 = { instancePath: instancePath + "/extra_files", schemaPath: "#/properties/extra_files/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices1[item1] = i5;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/extra_files", schemaPath: "#/properties/extra_files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_package = validate112;
var pattern21 = new RegExp("^[a-z][a-z0-9._-]*$", "u");
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate113.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+\\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
validate113.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate115.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern16.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
validate115.evaluated = { "dynamicProps": false, "dynamicItems": false };
var schema42 = { "title": "Package version", "description": "One published version.", "type": "object", "additionalProperties": false, "required": ["version", "published_at", "dependencies", "yanked", "entry"], "dependentRequired": { "signature_url": ["publisher_key_fingerprint"], "publisher_key_fingerprint": ["signature_url"], "yanked_reason": ["yanked_at"] }, "properties": { "version": { "description": "The version, equal to entry.version.", "$ref": "index-entry.schema.json#/properties/version" }, "published_at": { "description": "When it was published.", "$ref": "#/$defs/timestamp" }, "archive_size": { "description": "Bytes of the archive source; a client refuses a download larger than this.", "type": "integer", "minimum": 0 }, "dependencies": { "description": "Other packages it needs, name → semver range (from entry.dependencies.packs).", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 } }, "yanked": { "description": "A yanked version stays for exact pins and lockfiles but is skipped by ranges and dist-tags.", "type": "boolean" }, "yanked_at": { "description": "When yanked was last set or cleared.", "$ref": "#/$defs/timestamp" }, "yanked_reason": { "description": "Why it was yanked, shown to consumers.", "type": "string" }, "signature_url": { "description": "A detached signature of the archive (always with publisher_key_fingerprint).", "$ref": "index-entry.schema.json#/$defs/httpsUrl" }, "publisher_key_fingerprint": { "description": "Full fingerprint of the key that made the signature (always with signature_url): 40 or 64 uppercase hex digits.", "type": "string", "pattern": "^(?:[0-9A-F]{40}|[0-9A-F]{64})$" }, "entry": { "description": "The full Attune index entry of this version.", "$ref": "index-entry.schema.json" } } };
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate122.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, message: 'must match pattern "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
validate122.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern25 = new RegExp("^(?:[0-9A-F]{40}|[0-9A-F]{64})$", "u");
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate118.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.published_at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "published_at" }, message: "must have required property 'published_at'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dependencies === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dependencies" }, message: "must have required property 'dependencies'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.yanked === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "yanked" }, message: "must have required property 'yanked'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.entry === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entry" }, message: "must have required property 'entry'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema42.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (!validate113(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
        errors = vErrors.length;
      }
    }
    if (data.published_at !== void 0) {
      if (!validate115(data.published_at, { instancePath: instancePath + "/published_at", parentData: data, parentDataProperty: "published_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.archive_size !== void 0) {
      let data2 = data.archive_size;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/archive_size", schemaPath: "#/properties/archive_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/archive_size", schemaPath: "#/properties/archive_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.dependencies !== void 0) {
      let data3 = data.dependencies;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.yanked !== void 0) {
      if (typeof data.yanked !== "boolean") {
        const err11 = { instancePath: instancePath + "/yanked", schemaPath: "#/properties/yanked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.yanked_at !== void 0) {
      if (!validate115(data.yanked_at, { instancePath: instancePath + "/yanked_at", parentData: data, parentDataProperty: "yanked_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.yanked_reason !== void 0) {
      if (typeof data.yanked_reason !== "string") {
        const err12 = { instancePath: instancePath + "/yanked_reason", schemaPath: "#/properties/yanked_reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.signature_url !== void 0) {
      if (!validate122(data.signature_url, { instancePath: instancePath + "/signature_url", parentData: data, parentDataProperty: "signature_url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      let data9 = data.publisher_key_fingerprint;
      if (typeof data9 === "string") {
        if (!pattern25.test(data9)) {
          const err13 = { instancePath: instancePath + "/publisher_key_fingerprint", schemaPath: "#/properties/publisher_key_fingerprint/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9A-F]{40}|[0-9A-F]{64})$" }, message: 'must match pattern "^(?:[0-9A-F]{40}|[0-9A-F]{64})$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/publisher_key_fingerprint", schemaPath: "#/properties/publisher_key_fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.entry !== void 0) {
      if (!validate52(data.entry, { instancePath: instancePath + "/entry", parentData: data, parentDataProperty: "entry", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.signature_url !== void 0) {
      if (data.publisher_key_fingerprint === void 0) {
        const err15 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "signature_url",
          missingProperty: "publisher_key_fingerprint",
          depsCount: 1,
          deps: "publisher_key_fingerprint"
        }, message: "must have property publisher_key_fingerprint when property signature_url is present" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      if (data.signature_url === void 0) {
        const err16 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "publisher_key_fingerprint",
          missingProperty: "signature_url",
          depsCount: 1,
          deps: "signature_url"
        }, message: "must have property signature_url when property publisher_key_fingerprint is present" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.yanked_reason !== void 0) {
      if (data.yanked_at === void 0) {
        const err17 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "yanked_reason",
          missingProperty: "yanked_at",
          depsCount: 1,
          deps: "yanked_at"
        }, message: "must have property yanked_at when property yanked_reason is present" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate118.errors = vErrors;
  return errors === 0;
}
validate118.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate112.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dist_tags === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dist_tags" }, message: "must have required property 'dist_tags'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.updated_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updated_at" }, message: "must have required property 'updated_at'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.index_updated_at === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "index_updated_at" }, message: "must have required property 'index_updated_at'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.versions === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "owner" || key0 === "maintainers" || key0 === "dist_tags" || key0 === "updated_at" || key0 === "index_updated_at" || key0 === "versions")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern3.test(data0)) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err9 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.maintainers !== void 0) {
      let data2 = data.maintainers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern17.test(data3)) {
              const err11 = { instancePath: instancePath + "/maintainers/" + i0, schemaPath: "#/properties/maintainers/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\\[bot\\])?$"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/maintainers/" + i0, schemaPath: "#/properties/maintainers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i1 = data2.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data2[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err13 = { instancePath: instancePath + "/maintainers", schemaPath: "#/properties/maintainers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/maintainers", schemaPath: "#/properties/maintainers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.dist_tags !== void 0) {
      let data4 = data.dist_tags;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          const _errs12 = errors;
          if (typeof key1 === "string") {
            if (!pattern21.test(key1)) {
              const err15 = { instancePath: instancePath + "/dist_tags", schemaPath: "#/properties/dist_tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z][a-z0-9._-]*$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          var valid4 = _errs12 === errors;
          if (!valid4) {
            const err16 = { instancePath: instancePath + "/dist_tags", schemaPath: "#/properties/dist_tags/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key2 in data4) {
          if (!validate113(data4[key2], { instancePath: instancePath + "/dist_tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/dist_tags", schemaPath: "#/properties/dist_tags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.updated_at !== void 0) {
      if (!validate115(data.updated_at, { instancePath: instancePath + "/updated_at", parentData: data, parentDataProperty: "updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.index_updated_at !== void 0) {
      if (!validate115(data.index_updated_at, { instancePath: instancePath + "/index_updated_at", parentData: data, parentDataProperty: "index_updated_at", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
        errors = vErrors.length;
      }
    }
    if (data.versions !== void 0) {
      let data8 = data.versions;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err18 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate118(data8[i2], { instancePath: instancePath + "/versions/" + i2, parentData: data8, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
validate112.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_config = validate126;
var pattern26 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate127.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "url" || key0 === "priority" || key0 === "enabled" || key0 === "headers")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern26.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data1 = data.url;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data2 = data.priority;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err7 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err8 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.headers !== void 0) {
      let data4 = data.headers;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (typeof data4[key1] !== "string") {
            const err9 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/headers/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/headers", schemaPath: "#/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
validate127.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate126.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "registries" || key0 === "cache_ttl" || key0 === "dependencies")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.registries !== void 0) {
      let data0 = data.registries;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate127(data0[i0], { instancePath: instancePath + "/registries/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cache_ttl !== void 0) {
      let data2 = data.cache_ttl;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err2 = { instancePath: instancePath + "/cache_ttl", schemaPath: "#/properties/cache_ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err3 = { instancePath: instancePath + "/cache_ttl", schemaPath: "#/properties/cache_ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.dependencies !== void 0) {
      let data3 = data.dependencies;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err4 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate126.errors = vErrors;
  return errors === 0;
}
validate126.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_lockfile = validate129;
var schema47 = { "title": "Locked pack", "description": "One resolved pack.", "type": "object", "additionalProperties": false, "required": ["version", "source", "artifact_url", "artifact_checksum", "checksum_algorithm", "registry", "dependencies"], "dependentRequired": { "artifact_signature_url": ["publisher_key_fingerprint"], "publisher_key_fingerprint": ["artifact_signature_url"] }, "properties": { "version": { "description": "The resolved version.", "type": "string", "minLength": 1 }, "source": { "description": "archive: artifact_url is a .tar.gz verified by sha256; git: a repository checked out at git_ref and verified by directory checksum.", "enum": ["archive", "git"] }, "artifact_url": { "description": "Exactly where the artifact is downloaded from (an https URL, or a path for a folder registry).", "type": "string", "minLength": 1 }, "artifact_checksum": { "description": "sha256:<64 hex>.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "checksum_algorithm": { "description": "Always sha256.", "const": "sha256" }, "size": { "description": "Bytes of the archive, when the registry recorded them.", "type": "integer", "minimum": 0 }, "git_ref": { "description": "The tag or commit for a git source.", "type": "string", "minLength": 1 }, "artifact_signature_url": { "description": "Detached signature (always with publisher_key_fingerprint).", "type": "string" }, "publisher_key_fingerprint": { "description": "The signing key's fingerprint (always with artifact_signature_url).", "type": "string" }, "registry": { "description": "The registry that resolved it, for the record; never contacted by a locked install.", "type": "object", "additionalProperties": false, "required": ["name", "url"], "properties": { "name": { "description": "Registry name.", "type": "string" }, "url": { "description": "Registry URL as configured.", "type": "string" } } }, "dependencies": { "description": "name → constraint, as published.", "type": "object", "additionalProperties": { "type": "string" } } } };
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate130.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.artifact_url === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_url" }, message: "must have required property 'artifact_url'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.artifact_checksum === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_checksum" }, message: "must have required property 'artifact_checksum'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.checksum_algorithm === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checksum_algorithm" }, message: "must have required property 'checksum_algorithm'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.registry === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" }, message: "must have required property 'registry'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.dependencies === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dependencies" }, message: "must have required property 'dependencies'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema47.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (!(data1 === "archive" || data1 === "git")) {
        const err10 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema47.properties.source.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.artifact_url !== void 0) {
      let data2 = data.artifact_url;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/artifact_url", schemaPath: "#/properties/artifact_url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/artifact_url", schemaPath: "#/properties/artifact_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.artifact_checksum !== void 0) {
      let data3 = data.artifact_checksum;
      if (typeof data3 === "string") {
        if (!pattern9.test(data3)) {
          const err13 = { instancePath: instancePath + "/artifact_checksum", schemaPath: "#/properties/artifact_checksum/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/artifact_checksum", schemaPath: "#/properties/artifact_checksum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.checksum_algorithm !== void 0) {
      if ("sha256" !== data.checksum_algorithm) {
        const err15 = { instancePath: instancePath + "/checksum_algorithm", schemaPath: "#/properties/checksum_algorithm/const", keyword: "const", params: { allowedValue: "sha256" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data5 = data.size;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.git_ref !== void 0) {
      let data6 = data.git_ref;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err18 = { instancePath: instancePath + "/git_ref", schemaPath: "#/properties/git_ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/git_ref", schemaPath: "#/properties/git_ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.artifact_signature_url !== void 0) {
      if (typeof data.artifact_signature_url !== "string") {
        const err20 = { instancePath: instancePath + "/artifact_signature_url", schemaPath: "#/properties/artifact_signature_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      if (typeof data.publisher_key_fingerprint !== "string") {
        const err21 = { instancePath: instancePath + "/publisher_key_fingerprint", schemaPath: "#/properties/publisher_key_fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.registry !== void 0) {
      let data9 = data.registry;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.name === void 0) {
          const err22 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.url === void 0) {
          const err23 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "name" || key1 === "url")) {
            const err24 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.name !== void 0) {
          if (typeof data9.name !== "string") {
            const err25 = { instancePath: instancePath + "/registry/name", schemaPath: "#/properties/registry/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.url !== void 0) {
          if (typeof data9.url !== "string") {
            const err26 = { instancePath: instancePath + "/registry/url", schemaPath: "#/properties/registry/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data12 = data.dependencies;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (typeof data12[key2] !== "string") {
            const err28 = { instancePath: instancePath + "/dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.artifact_signature_url !== void 0) {
      if (data.publisher_key_fingerprint === void 0) {
        const err30 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "artifact_signature_url",
          missingProperty: "publisher_key_fingerprint",
          depsCount: 1,
          deps: "publisher_key_fingerprint"
        }, message: "must have property publisher_key_fingerprint when property artifact_signature_url is present" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      if (data.artifact_signature_url === void 0) {
        const err31 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "publisher_key_fingerprint",
          missingProperty: "artifact_signature_url",
          depsCount: 1,
          deps: "artifact_signature_url"
        }, message: "must have property artifact_signature_url when property publisher_key_fingerprint is present" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate130.errors = vErrors;
  return errors === 0;
}
validate130.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate129.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lockfile_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lockfile_version" }, message: "must have required property 'lockfile_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.packages === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "packages" }, message: "must have required property 'packages'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "lockfile_version" || key0 === "packages")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lockfile_version !== void 0) {
      if (1 !== data.lockfile_version) {
        const err3 = { instancePath: instancePath + "/lockfile_version", schemaPath: "#/properties/lockfile_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.packages !== void 0) {
      let data1 = data.packages;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs5 = errors;
          if (typeof key1 === "string") {
            if (!pattern3.test(key1)) {
              const err4 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          if (!validate130(data1[key2], { instancePath: instancePath + "/packages/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate129.errors = vErrors;
  return errors === 0;
}
validate129.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_receipt = validate132;
var schema48 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/receipt.schema.json", "title": "Publish receipt", "description": "What a publish established, written by packdex publish --receipt: durable and secret-free (no tokens, no local paths), so a producer can keep it, index it later or hand it to another registry. The fields follow dbpm's resolve answer.", "type": "object", "additionalProperties": false, "required": ["format", "format_version", "package", "version", "artifact_url", "artifact_checksum", "artifact_size", "published_at", "registry_url", "outcome"], "dependentRequired": { "artifact_signature_url": ["publisher_key_fingerprint"], "publisher_key_fingerprint": ["artifact_signature_url"] }, "properties": { "format": { "description": "Always packdex-publish-receipt.", "const": "packdex-publish-receipt" }, "format_version": { "description": "This document's format version.", "const": 1 }, "package": { "description": "The package name.", "type": "string", "pattern": "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, "version": { "description": "The published version (semver).", "type": "string", "minLength": 1 }, "artifact_url": { "description": "Where the immutable archive is downloaded from.", "$ref": "index-entry.schema.json#/$defs/httpsUrl" }, "artifact_checksum": { "description": "sha256: of the archive's bytes.", "$ref": "index-entry.schema.json#/$defs/checksum" }, "artifact_size": { "description": "The archive's size in bytes.", "type": "integer", "minimum": 0 }, "artifact_signature_url": { "description": "A detached signature of the archive; always with publisher_key_fingerprint.", "$ref": "index-entry.schema.json#/$defs/httpsUrl" }, "publisher_key_fingerprint": { "description": "Full fingerprint of the signing key (always with artifact_signature_url): 40 or 64 uppercase hex digits.", "type": "string", "pattern": "^(?:[0-9A-F]{40}|[0-9A-F]{64})$" }, "published_at": { "description": "When this version was published to the registry (RFC 3339, UTC).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, "registry_url": { "description": "The registry's public URL (registry.json's url).", "$ref": "index-entry.schema.json#/$defs/httpsUrl" }, "outcome": { "description": "created (new package), updated (new version) or unchanged (already published, the receipt restates it).", "enum": ["created", "updated", "unchanged"] } } };
var pattern33 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate133.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$" }, message: 'must match pattern "^(?!.*%(?:2[fF]|5[cC]))https://[^\\s/?#@\\\\]+(?:/(?!(?:\\.|%2[eE]){1,2}(?:/|$))[^\\s?#/\\\\]*)*$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
validate133.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate135.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (!pattern9.test(data)) {
      const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate135.errors = vErrors;
  return errors === 0;
}
validate135.evaluated = { "dynamicProps": false, "dynamicItems": false };
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate132.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.format_version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format_version" }, message: "must have required property 'format_version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.package === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "package" }, message: "must have required property 'package'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.artifact_url === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_url" }, message: "must have required property 'artifact_url'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.artifact_checksum === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_checksum" }, message: "must have required property 'artifact_checksum'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.artifact_size === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_size" }, message: "must have required property 'artifact_size'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.published_at === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "published_at" }, message: "must have required property 'published_at'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.registry_url === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry_url" }, message: "must have required property 'registry_url'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.outcome === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outcome" }, message: "must have required property 'outcome'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema48.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("packdex-publish-receipt" !== data.format) {
        const err11 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "packdex-publish-receipt" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.format_version !== void 0) {
      if (1 !== data.format_version) {
        const err12 = { instancePath: instancePath + "/format_version", schemaPath: "#/properties/format_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.package !== void 0) {
      let data2 = data.package;
      if (typeof data2 === "string") {
        if (!pattern3.test(data2)) {
          const err13 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^(?:@[a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err15 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.artifact_url !== void 0) {
      if (!validate133(data.artifact_url, { instancePath: instancePath + "/artifact_url", parentData: data, parentDataProperty: "artifact_url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_checksum !== void 0) {
      if (!validate135(data.artifact_checksum, { instancePath: instancePath + "/artifact_checksum", parentData: data, parentDataProperty: "artifact_checksum", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
        errors = vErrors.length;
      }
    }
    if (data.artifact_size !== void 0) {
      let data6 = data.artifact_size;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err17 = { instancePath: instancePath + "/artifact_size", schemaPath: "#/properties/artifact_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err18 = { instancePath: instancePath + "/artifact_size", schemaPath: "#/properties/artifact_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.artifact_signature_url !== void 0) {
      if (!validate133(data.artifact_signature_url, { instancePath: instancePath + "/artifact_signature_url", parentData: data, parentDataProperty: "artifact_signature_url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      let data8 = data.publisher_key_fingerprint;
      if (typeof data8 === "string") {
        if (!pattern25.test(data8)) {
          const err19 = { instancePath: instancePath + "/publisher_key_fingerprint", schemaPath: "#/properties/publisher_key_fingerprint/pattern", keyword: "pattern", params: { pattern: "^(?:[0-9A-F]{40}|[0-9A-F]{64})$" }, message: 'must match pattern "^(?:[0-9A-F]{40}|[0-9A-F]{64})$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/publisher_key_fingerprint", schemaPath: "#/properties/publisher_key_fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.published_at !== void 0) {
      let data9 = data.published_at;
      if (typeof data9 === "string") {
        if (!pattern33.test(data9)) {
          const err21 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.registry_url !== void 0) {
      if (!validate133(data.registry_url, { instancePath: instancePath + "/registry_url", parentData: data, parentDataProperty: "registry_url", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.outcome !== void 0) {
      let data11 = data.outcome;
      if (!(data11 === "created" || data11 === "updated" || data11 === "unchanged")) {
        const err23 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/enum", keyword: "enum", params: { allowedValues: schema48.properties.outcome.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.artifact_signature_url !== void 0) {
      if (data.publisher_key_fingerprint === void 0) {
        const err24 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "artifact_signature_url",
          missingProperty: "publisher_key_fingerprint",
          depsCount: 1,
          deps: "publisher_key_fingerprint"
        }, message: "must have property publisher_key_fingerprint when property artifact_signature_url is present" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.publisher_key_fingerprint !== void 0) {
      if (data.artifact_signature_url === void 0) {
        const err25 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
          property: "publisher_key_fingerprint",
          missingProperty: "artifact_signature_url",
          depsCount: 1,
          deps: "artifact_signature_url"
        }, message: "must have property artifact_signature_url when property publisher_key_fingerprint is present" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
validate132.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_dbpm = validate139;
var pattern34 = new RegExp("^[a-z][a-z0-9_]*$", "u");
var pattern36 = new RegExp("^[~^]?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$", "u");
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate139.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "version" || key0 === "description" || key0 === "vendor" || key0 === "license" || key0 === "core_minimum_version" || key0 === "oracle_minimum_version" || key0 === "dependencies")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern34.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      if (typeof data.vendor !== "string") {
        const err8 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      if (typeof data.license !== "string") {
        const err9 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.core_minimum_version !== void 0) {
      if (typeof data.core_minimum_version !== "string") {
        const err10 = { instancePath: instancePath + "/core_minimum_version", schemaPath: "#/properties/core_minimum_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.oracle_minimum_version !== void 0) {
      if (typeof data.oracle_minimum_version !== "string") {
        const err11 = { instancePath: instancePath + "/oracle_minimum_version", schemaPath: "#/properties/oracle_minimum_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data7 = data.dependencies;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (!pattern34.test(key1)) {
              const err12 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          var valid1 = _errs18 === errors;
          if (!valid1) {
            const err13 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        for (const key2 in data7) {
          let data8 = data7[key2];
          if (typeof data8 === "string") {
            if (!pattern36.test(data8)) {
              const err14 = { instancePath: instancePath + "/dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[~^]?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^[~^]?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/dependencies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate139.errors = vErrors;
  return errors === 0;
}
validate139.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_aam = validate140;
var schema52 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/aam.schema.json", "title": "AAM package manifest", "description": "aam.yaml, the manifest of an AAM package (agents, skills, prompts, instructions); see docs/profiles.md. Names are unscoped (shared-skills) or scoped (@myorg/my-agent); a registry stores scoped packages under packages/@scope/name.", "type": "object", "additionalProperties": false, "required": ["name", "version", "artifacts"], "$defs": { "name": { "description": "A package name: lowercase letters, digits and hyphens, optionally under an @scope.", "type": "string", "maxLength": 130, "pattern": "^(?:@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, "artifact": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "description": "The artifact's name, unique within its kind.", "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "path": { "description": "The artifact's file or folder, relative to the package root.", "type": "string", "minLength": 1 }, "description": { "description": "What the artifact does.", "type": "string" } } }, "artifactList": { "type": "array", "items": { "$ref": "#/$defs/artifact" } } }, "properties": { "name": { "$ref": "#/$defs/name" }, "version": { "description": "The package version (semantic versioning).", "type": "string", "minLength": 1 }, "description": { "description": "What the package provides.", "type": "string" }, "author": { "description": "Who maintains the package.", "type": "string" }, "license": { "description": "An SPDX license expression.", "type": "string" }, "repository": { "description": "Source code URL.", "type": "string" }, "keywords": { "description": "Search keywords.", "type": "array", "items": { "type": "string" } }, "artifacts": { "description": "What the package installs, by kind.", "type": "object", "additionalProperties": false, "properties": { "agents": { "$ref": "#/$defs/artifactList" }, "skills": { "$ref": "#/$defs/artifactList" }, "prompts": { "$ref": "#/$defs/artifactList" }, "instructions": { "$ref": "#/$defs/artifactList" } } }, "dependencies": { "description": "Other AAM packages, by (possibly scoped) name, each with a semver constraint.", "type": "object", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "type": "string", "minLength": 1 } } } };
var pattern37 = new RegExp("^(?:@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", "u");
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate141.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func2(data) > 130) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 130 }, message: "must NOT have more than 130 characters" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (!pattern37.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$" }, message: 'must match pattern "^(?:@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$"' };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate141.errors = vErrors;
  return errors === 0;
}
validate141.evaluated = { "dynamicProps": false, "dynamicItems": false };
var pattern38 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
function validate144(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate144.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "path" || key0 === "description")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern38.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate144.errors = vErrors;
  return errors === 0;
}
validate144.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate143.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate144(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate143.errors = vErrors;
  return errors === 0;
}
validate143.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate140.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema52.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (!validate141(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
        errors = vErrors.length;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      if (typeof data.author !== "string") {
        const err7 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      if (typeof data.license !== "string") {
        const err8 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      if (typeof data.repository !== "string") {
        const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.keywords !== void 0) {
      let data6 = data.keywords;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err10 = { instancePath: instancePath + "/keywords/" + i0, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data8 = data.artifacts;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "agents" || key1 === "skills" || key1 === "prompts" || key1 === "instructions")) {
            const err12 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data8.agents !== void 0) {
          if (!validate143(data8.agents, { instancePath: instancePath + "/artifacts/agents", parentData: data8, parentDataProperty: "agents", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
            errors = vErrors.length;
          }
        }
        if (data8.skills !== void 0) {
          if (!validate143(data8.skills, { instancePath: instancePath + "/artifacts/skills", parentData: data8, parentDataProperty: "skills", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
            errors = vErrors.length;
          }
        }
        if (data8.prompts !== void 0) {
          if (!validate143(data8.prompts, { instancePath: instancePath + "/artifacts/prompts", parentData: data8, parentDataProperty: "prompts", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
            errors = vErrors.length;
          }
        }
        if (data8.instructions !== void 0) {
          if (!validate143(data8.instructions, { instancePath: instancePath + "/artifacts/instructions", parentData: data8, parentDataProperty: "instructions", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data13 = data.dependencies;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          const _errs26 = errors;
          if (!validate141(key2, { instancePath: instancePath + "/dependencies", parentData: data13, parentDataProperty: "dependencies", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
            errors = vErrors.length;
          }
          var valid4 = _errs26 === errors;
          if (!valid4) {
            const err14 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err15 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/dependencies/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dependencies/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate140.errors = vErrors;
  return errors === 0;
}
validate140.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validate_outline = validate151;
var schema56 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://packdex.dev/schemas/outline.schema.json", "title": "Package outline", "description": "The inline outline `packdex register --from-file` takes: a registration outline (package_type, name, compute) plus the version an index entry needs. Registering an outline skips the audit; the archive it points at is the consumer's to verify.", "type": "object", "additionalProperties": false, "required": ["name", "version", "compute"], "properties": { "package_type": { "description": "What kind of package the outline describes: pip-installable packages.", "const": "pypi" }, "name": { "description": "The distribution name; the index uses it normalised as PEP 503 does (my_pkg → my-pkg).", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$" }, "version": { "description": "The version registered: a PEP 440 version with an exact semantic-version form (0.3, 1.2.3, 1.0rc1), indexed as that form (0.3.0, 1.2.3, 1.0.0-rc.1).", "type": "string", "minLength": 1 }, "description": { "description": "One line on what the package does.", "type": "string" }, "author": { "description": "Who maintains the package.", "type": "string" }, "license": { "description": "An SPDX license expression.", "type": "string" }, "repository": { "description": "Source code URL.", "type": "string", "pattern": "^https?://\\S+$" }, "requires_python": { "description": "The Python versions it supports (PEP 440 specifier).", "type": "string", "minLength": 1 }, "compute": { "description": "The package's Process and Step classes: their compute outlines.", "type": "array", "items": { "$ref": "index-entry.schema.json#/$defs/computeOutline" } } } };
var pattern39 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$", "u");
var pattern40 = new RegExp("^https?://\\S+$", "u");
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate152.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.compute_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "compute_type" }, message: "must have required property 'compute_type'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.outputs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "name" || key0 === "compute_type" || key0 === "description" || key0 === "inputs" || key0 === "outputs" || key0 === "config_schema")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.module !== void 0) {
      let data0 = data.module;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.compute_type !== void 0) {
      let data2 = data.compute_type;
      if (!(data2 === "process" || data2 === "step")) {
        const err10 = { instancePath: instancePath + "/compute_type", schemaPath: "#/properties/compute_type/enum", keyword: "enum", params: { allowedValues: schema29.properties.compute_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      if (typeof data.inputs !== "string") {
        const err12 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      if (typeof data.outputs !== "string") {
        const err13 = { instancePath: instancePath + "/outputs", schemaPath: "#/properties/outputs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.config_schema !== void 0) {
      if (typeof data.config_schema !== "string") {
        const err14 = { instancePath: instancePath + "/config_schema", schemaPath: "#/properties/config_schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
validate152.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate151.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.compute === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "compute" }, message: "must have required property 'compute'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema56.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.package_type !== void 0) {
      if ("pypi" !== data.package_type) {
        const err4 = { instancePath: instancePath + "/package_type", schemaPath: "#/properties/package_type/const", keyword: "const", params: { allowedValue: "pypi" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern39.test(data1)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.author !== void 0) {
      if (typeof data.author !== "string") {
        const err10 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      if (typeof data.license !== "string") {
        const err11 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data6 = data.repository;
      if (typeof data6 === "string") {
        if (!pattern40.test(data6)) {
          const err12 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.requires_python !== void 0) {
      let data7 = data.requires_python;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err14 = { instancePath: instancePath + "/requires_python", schemaPath: "#/properties/requires_python/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/requires_python", schemaPath: "#/properties/requires_python/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.compute !== void 0) {
      let data8 = data.compute;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate152(data8[i0], { instancePath: instancePath + "/compute/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/compute", schemaPath: "#/properties/compute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
validate151.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/schemas.ts
var VALIDATORS = {
  "index-entry": validate_index_entry,
  index: validate_index,
  pack: validate_pack,
  registry: validate_registry,
  package: validate_package,
  config: validate_config,
  lockfile: validate_lockfile,
  receipt: validate_receipt,
  dbpm: validate_dbpm,
  aam: validate_aam,
  outline: validate_outline
};
function validators() {
  return VALIDATORS;
}
function describeError(error) {
  const params = error.params;
  let path34 = error.instancePath;
  let message;
  switch (error.keyword) {
    case "additionalProperties":
      path34 = `${path34}/${String(params.additionalProperty)}`;
      message = `unknown key '${String(params.additionalProperty)}'`;
      break;
    case "required":
      path34 = `${path34}/${String(params.missingProperty)}`;
      message = `required key '${String(params.missingProperty)}' is missing`;
      break;
    case "dependentRequired":
      path34 = `${path34}/${String(params.missingProperty)}`;
      message = `'${String(params.missingProperty)}' is required together with '${String(params.property)}'`;
      break;
    case "pattern":
      message = `must match ${String(params.pattern)}`;
      break;
    case "const":
      message = `must be ${JSON.stringify(params.allowedValue)}`;
      break;
    case "enum":
      message = `must be one of ${JSON.stringify(params.allowedValues)}`;
      break;
    default:
      message = error.message ?? error.keyword;
  }
  return { path: path34, keyword: error.keyword, message };
}
function validateSchema(name, data) {
  const validate = validators()[name];
  if (validate(data)) return [];
  const issues = (validate.errors ?? []).filter((e) => e.keyword !== "if" && e.keyword !== "oneOf").map(describeError);
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((i) => {
    const key = `${i.path}\0${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/core/entry/content-kinds.ts
var ATTUNE_KINDS = ["actions", "sensors", "triggers", "rules", "workflows"];
var PROFILE_KINDS = ["processes", "steps", "agents", "skills", "prompts", "instructions"];
var CONTENT_KINDS = [...ATTUNE_KINDS, ...PROFILE_KINDS];
function emptyAttuneContents() {
  return { actions: [], sensors: [], triggers: [], rules: [], workflows: [] };
}
function sortComponents(list) {
  const byName = /* @__PURE__ */ new Map();
  for (const c of list) if (!byName.has(c.name)) byName.set(c.name, c);
  return [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

// src/core/manifest/pack-manifest.ts
var REF_PATTERN = /^[a-z][a-z0-9_-]*$/;
var VERSION_PATTERN = /^[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?$/;
var MANIFEST_NAMES = ["pack.yaml", "pack.yml"];
var SPELLINGS = [
  ["name", "label"],
  ["keywords", "tags"],
  ["metadata", "meta"],
  ["config_schema", "conf_schema"]
];
async function findManifest(dir) {
  for (const name of MANIFEST_NAMES) {
    const candidate = import_node_path.default.join(dir, name);
    try {
      if ((await (0, import_promises.stat)(candidate)).isFile()) return candidate;
    } catch (cause) {
      if (cause.code === "ENOENT") continue;
      throw ioError("read", candidate, cause);
    }
  }
  throw new PackdexError("MANIFEST_NOT_FOUND", `No pack.yaml in '${dir}'.`, {
    value: dir,
    expected: "a pack directory with pack.yaml at its root",
    fix: "Run packdex in the pack folder, or pass the folder that holds pack.yaml."
  });
}
async function loadManifest(dir) {
  const file = await findManifest(dir);
  let bytes;
  try {
    bytes = await (0, import_promises.readFile)(file);
  } catch (cause) {
    throw new PackdexError("MANIFEST_UNREADABLE", `Could not read '${file}'.`, {
      value: file,
      fix: "Check the file permissions.",
      cause
    });
  }
  const text = decodeManifestText(bytes, import_node_path.default.basename(file));
  const source = parseYamlMapping(text, import_node_path.default.basename(file));
  const { manifest, findings } = normalizeManifest(source);
  return { path: file, source, manifest, findings };
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodeManifestText(bytes, file) {
  let text;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = void 0;
  }
  if (text === void 0 || text.includes("\0")) {
    throw new PackdexError("MANIFEST_YAML_INVALID", `${file} is not UTF-8 text.`, {
      value: file,
      expected: "a YAML file encoded as UTF-8",
      fix: `Save ${file} as UTF-8.`,
      path: file
    });
  }
  return text;
}
var str = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
var strList = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string" && x !== "") : void 0;
var sortedUnique = (list) => [...new Set(list)].sort();
function normalizeManifest(source) {
  const raw = source.data;
  const findings = [];
  const add = (f) => {
    const loc = f.pointer === void 0 ? void 0 : source.locate(f.pointer);
    findings.push({ ...f, file: source.file, line: loc?.line, column: loc?.column });
  };
  for (const issue of validateSchema("pack", raw)) {
    if (issue.keyword === "additionalProperties") {
      add({
        code: "MANIFEST_SCHEMA",
        severity: "warn",
        message: `${issue.message} at ${issue.path}; the index ignores it`,
        pointer: issue.path,
        fix: "Remove the key, or check its spelling."
      });
    } else {
      add({
        code: "MANIFEST_SCHEMA",
        severity: "fail",
        message: `${issue.path || "/"} ${issue.message}`,
        pointer: issue.path,
        value: valueAt(raw, issue.path),
        fix: "Correct the value to match the pack.yaml schema (schemas/pack.schema.json)."
      });
    }
  }
  for (const [old, current] of SPELLINGS) {
    if (raw[old] !== void 0 && raw[current] !== void 0 && !(0, import_node_util.isDeepStrictEqual)(raw[old], raw[current])) {
      add({
        code: "MANIFEST_SPELLING_CONFLICT",
        severity: "fail",
        message: `both '${old}' and '${current}' are set, to different values`,
        pointer: `/${old}`,
        value: { [old]: raw[old], [current]: raw[current] },
        expected: `one of '${current}' or its StackStorm-era spelling '${old}'`,
        fix: `Keep '${current}' and remove '${old}' (or make them equal).`
      });
    }
  }
  const meta = isObject(raw.meta) ? raw.meta : isObject(raw.metadata) ? raw.metadata : void 0;
  let ref = str(raw.ref);
  if (ref === void 0) {
    const name = str(raw.name);
    if (name !== void 0 && REF_PATTERN.test(name)) {
      ref = name;
    } else {
      add({
        code: "MANIFEST_REF_INVALID",
        severity: "fail",
        message: name === void 0 ? "no ref, and no name to derive it from" : `no ref, and name ${quote(name)} is not a valid ref`,
        pointer: name === void 0 ? "" : "/name",
        value: name,
        expected: REF_PATTERN.source,
        fix: 'Add a line such as "ref: my_pack" (lowercase letters, digits, _ and -, starting with a letter).'
      });
    }
  } else if (!REF_PATTERN.test(ref)) {
    add({
      code: "MANIFEST_REF_INVALID",
      severity: "fail",
      message: `ref ${quote(ref)} is not a valid pack ref`,
      pointer: "/ref",
      value: ref,
      expected: REF_PATTERN.source,
      fix: `Use lowercase letters, digits, _ and -, starting with a letter, e.g. ${quote(suggestRef(ref))}.`
    });
  }
  const version = typeof raw.version === "string" ? raw.version.trim() : void 0;
  if (version === void 0) {
    if (raw.version === void 0) {
      add({
        code: "MANIFEST_VERSION_INVALID",
        severity: "fail",
        message: "no version",
        pointer: "",
        expected: 'a semantic version such as "1.2.3"',
        fix: 'Add a line such as version: "1.0.0".'
      });
    }
  } else if (!VERSION_PATTERN.test(version) || import_semver.default.valid(version) === null) {
    add({
      code: "MANIFEST_VERSION_INVALID",
      severity: "fail",
      message: `version ${quote(version)} is not a semantic version`,
      pointer: "/version",
      value: version,
      expected: 'MAJOR.MINOR.PATCH with an optional -prerelease or +build, e.g. "1.2.3"',
      fix: 'Quote it and write all three numbers, e.g. version: "1.2.0".'
    });
  }
  const homepage = str(raw.homepage) ?? str(meta?.documentation_url);
  const repository = str(raw.repository) ?? str(meta?.repository_url);
  for (const [key, value] of [["homepage", homepage], ["repository", repository]]) {
    if (value !== void 0 && !/^https?:\/\/\S+$/.test(value)) {
      add({
        code: "URL_INVALID",
        severity: "fail",
        message: `${key} ${quote(value)} is not an http(s) URL`,
        pointer: raw[key] !== void 0 ? `/${key}` : "/meta",
        value,
        expected: "https://…",
        fix: `Write the full URL, starting with https://.`
      });
    }
  }
  const dependencies = normalizeDependencies(raw.dependencies);
  const inline = {};
  for (const kind2 of ATTUNE_KINDS) {
    const list = raw[kind2];
    if (Array.isArray(list)) {
      inline[kind2] = list.filter(isObject).map((c) => ({ name: String(c.name ?? ""), description: typeof c.description === "string" ? c.description : "" }));
    }
  }
  const manifest = {
    ref: ref ?? "",
    label: str(raw.label) ?? str(raw.name) ?? ref ?? "",
    description: typeof raw.description === "string" ? raw.description : "",
    version: version ?? "",
    author: str(raw.author) ?? "Unknown",
    license: str(raw.license) ?? str(meta?.license) ?? "NOASSERTION",
    keywords: sortedUnique(strList(raw.tags) ?? strList(raw.keywords) ?? strList(meta?.keywords) ?? []),
    runtime_deps: sortedUnique(strList(raw.runtime_deps) ?? []),
    inline
  };
  if (str(raw.use_case) !== void 0) manifest.use_case = str(raw.use_case);
  if (str(raw.email) !== void 0) manifest.email = str(raw.email);
  if (homepage !== void 0) manifest.homepage = homepage;
  if (repository !== void 0) manifest.repository = repository;
  if (dependencies !== void 0) manifest.dependencies = dependencies;
  if (meta !== void 0 && Object.keys(meta).length > 0) manifest.meta = meta;
  return { manifest, findings };
}
function normalizeDependencies(value) {
  const packList = (list) => sortedUnique(list.filter((x) => typeof x === "string").map((d) => d.includes("@") ? d : `${d}@*`));
  if (Array.isArray(value)) return value.length === 0 ? void 0 : { packs: packList(value) };
  if (!isObject(value)) return void 0;
  const out = {};
  for (const key of ["attune_version", "python_version", "nodejs_version"]) {
    const v = str(value[key]);
    if (v !== void 0) out[key] = v;
  }
  if (Array.isArray(value.packs)) out.packs = packList(value.packs);
  return Object.keys(out).length === 0 ? void 0 : out;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function valueAt(data, pointer) {
  let cur = data;
  for (const part of pointer.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[part];
  }
  return cur;
}
function suggestRef(text) {
  const s = text.toLowerCase().replace(/[^a-z0-9_-]+/g, "_").replace(/^[^a-z]+/, "");
  return s === "" ? "my_pack" : s;
}

// src/core/manifest/discover-contents.ts
async function discoverContents(packDir, manifest) {
  const findings = [];
  const found = { actions: [], sensors: [], triggers: [], rules: [], workflows: [] };
  for (const folder2 of ATTUNE_KINDS) {
    for (const file of await yamlFilesOf(import_node_path2.default.join(packDir, folder2))) {
      const rel = `${folder2}/${file}`;
      let data;
      try {
        data = parseYamlMapping(await (0, import_promises2.readFile)(import_node_path2.default.join(packDir, folder2, file), "utf8"), rel, `a ${folder2.slice(0, -1)} definition`).data;
      } catch (cause) {
        if (!(cause instanceof PackdexError)) throw cause;
        findings.push({
          code: "COMPONENT_INVALID",
          severity: "fail",
          message: cause.message,
          file: rel,
          line: cause.line,
          column: cause.column,
          value: rel,
          fix: cause.fix
        });
        continue;
      }
      const kind2 = folder2 === "actions" && data.workflow_file !== void 0 ? "workflows" : folder2;
      found[kind2].push({ name: componentName(data, file, manifest.ref), description: componentDescription(data), file: rel });
    }
  }
  const contents = {};
  for (const kind2 of ATTUNE_KINDS) {
    const fromFiles = found[kind2];
    const list = fromFiles.length > 0 ? fromFiles : (manifest.inline[kind2] ?? []).map((c) => ({ ...c, name: stripRef(c.name, manifest.ref), file: "pack.yaml" }));
    const byName = /* @__PURE__ */ new Map();
    for (const c of list) {
      const earlier = byName.get(c.name);
      if (earlier !== void 0) {
        findings.push({
          code: "COMPONENT_DUPLICATE",
          severity: "fail",
          message: `${kind2} name ${quote(c.name)} is used by both ${earlier.file} and ${c.file}`,
          file: c.file,
          value: c.name,
          expected: `names unique within ${kind2}`,
          fix: `Rename one of them (set "name:" or "ref:" in ${c.file}).`
        });
        continue;
      }
      byName.set(c.name, c);
    }
    contents[kind2] = [...byName.values()].map(({ name, description }) => ({ name, description })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }
  return { contents, findings };
}
async function yamlFilesOf(dir) {
  try {
    const entries = await (0, import_promises2.readdir)(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name)).map((e) => e.name).sort();
  } catch (cause) {
    const code = cause.code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw cause;
  }
}
function componentName(data, file, packRef) {
  const given = [data.ref, data.name].find((v) => typeof v === "string" && v.trim() !== "");
  return stripRef(given ?? file.replace(/\.ya?ml$/i, ""), packRef);
}
function stripRef(name, packRef) {
  return packRef !== "" && name.startsWith(`${packRef}.`) ? name.slice(packRef.length + 1) : name;
}
function componentDescription(data) {
  const d = [data.description, data.label].find((v) => typeof v === "string");
  return d ?? "";
}

// src/core/pack-files/walk-pack-files.ts
var import_node_fs = require("node:fs");
var import_promises3 = require("node:fs/promises");
var import_node_path3 = __toESM(require("node:path"), 1);
var utf8 = new TextDecoder("utf-8", { fatal: true });
function sortKey(relPath) {
  return Buffer.from(relPath.replaceAll("/", "\0"), "utf8");
}
function sortByPackPath(items, pathOf) {
  return items.map((item) => ({ item, key: sortKey(pathOf(item)) })).sort((a, b) => Buffer.compare(a.key, b.key)).map((x) => x.item);
}
async function walkPackFiles(root, options = {}) {
  const rootStat = await (0, import_promises3.lstat)(root).catch((cause) => {
    if (cause.code === "ENOENT") {
      throw new PackdexError("PATH_NOT_FOUND", `No such directory: '${root}'.`, {
        value: root,
        fix: "Check the path to the pack."
      });
    }
    throw ioError("read", root, cause);
  });
  if (!rootStat.isDirectory()) {
    throw new PackdexError("PATH_UNSUPPORTED", `'${root}' is not a directory.`, {
      value: root,
      expected: "a pack directory",
      fix: "Point packdex at the folder that holds pack.yaml."
    });
  }
  const files = [];
  await walk(Buffer.from(import_node_path3.default.resolve(root)), "", files, options);
  return sortByPackPath(files, (f) => f.relPath);
}
async function walk(dir, rel, out, options) {
  const { problems } = options;
  const fail = (error) => {
    if (problems === void 0) throw error;
    problems.push(error);
  };
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir, { encoding: "buffer" });
  } catch (cause) {
    throw ioError("read directory", rel === "" ? "." : rel, cause);
  }
  for (const raw of names) {
    let name;
    try {
      name = utf8.decode(raw);
    } catch {
      const shown2 = `${rel}${raw.toString("latin1")}`;
      fail(
        new PackdexError("PATH_NOT_UTF8", `The path '${shown2}' is not valid UTF-8.`, {
          value: raw.toString("hex"),
          expected: "file names encoded as UTF-8",
          fix: "Rename the file with a UTF-8 name.",
          path: shown2
        })
      );
      continue;
    }
    if (name === ".git") continue;
    const abs = Buffer.concat([dir, Buffer.from("/"), raw]);
    const relPath = `${rel}${name}`;
    let st;
    try {
      st = (0, import_node_fs.lstatSync)(abs, { bigint: true });
    } catch (cause) {
      throw ioError("read", relPath, cause);
    }
    if (st.isSymbolicLink()) {
      fail(
        new PackdexError("PATH_SYMLINK", `'${relPath}' is a symbolic link: the directory checksum of a git source (Attune's too) hashes regular files only, so it cannot represent a link, and an install would not get it back.`, {
          value: relPath,
          expected: "only regular files and folders in a pack",
          fix: `Replace the link with a copy of what it points to (cp --remove-destination "$(readlink -f '${relPath}')" '${relPath}'), or move the folder that holds it out of the pack.`,
          path: relPath
        })
      );
    } else if (st.isDirectory()) {
      await walk(abs, `${relPath}/`, out, options);
    } else if (st.isFile()) {
      out.push({ relPath, absPath: abs, size: Number(st.size), executable: (st.mode & 0o111n) !== 0n, mtimeNs: st.mtimeNs });
    } else if (options.special === "skip") {
      options.skipped?.push(relPath);
    } else {
      fail(
        new PackdexError("PATH_UNSUPPORTED", `'${relPath}' is not a regular file or folder.`, {
          value: relPath,
          expected: "only regular files and folders in a pack",
          fix: "Remove the device, socket or pipe from the pack.",
          path: relPath
        })
      );
    }
  }
}

// src/core/audit/run-audit.ts
var DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
function countChecks(checks) {
  return {
    pass: checks.filter((c) => c.status === "PASS").length,
    warn: checks.filter((c) => c.status === "WARN").length,
    fail: checks.filter((c) => c.status === "FAIL").length
  };
}
function versionFromTag(tag) {
  return tag.replace(/^refs\/tags\//, "").replace(/^v(?=\d)/, "");
}
function fromFindings(name, findings, pass, statusWhenFound = "FAIL") {
  if (findings.length === 0) return { name, status: "PASS", detail: pass, locations: [] };
  return {
    name,
    status: statusWhenFound,
    detail: findings.map((f) => f.message).join("; "),
    fix: findings[0]?.fix,
    locations: findings.map((f) => ({ file: f.file ?? "pack.yaml", line: f.line, column: f.column, message: f.message }))
  };
}
function fromErrors(name, errors, pass) {
  if (errors.length === 0) return { name, status: "PASS", detail: pass, locations: [] };
  return {
    name,
    status: "FAIL",
    detail: errors.map((e) => e.message).join("; "),
    fix: errors[0]?.fix,
    locations: errors.map((e) => ({ file: e.path ?? ".", message: e.message }))
  };
}
function pathsCheck(errors, skipped) {
  if (errors.length > 0) return fromErrors("paths", errors, "");
  if (skipped.length === 0) return { name: "paths", status: "PASS", detail: "every path is a regular file or folder with a UTF-8 name", locations: [] };
  return {
    name: "paths",
    status: "WARN",
    detail: `${skipped.map((p) => quote(p)).join(", ")} ${skipped.length === 1 ? "is not a regular file or folder (a FIFO, socket or device) and is" : "are not regular files or folders (FIFOs, sockets or devices) and are"} left out of the checksum and the archive, as Attune leaves them out`,
    fix: "Remove them from the pack folder, or create them at run time instead of shipping them.",
    locations: skipped.map((p) => ({ file: p, message: "not a regular file or folder: left out of the checksum and the archive" }))
  };
}
async function runAudit(packDir, options = {}) {
  const checks = [];
  const finish = (extra = {}) => ({ packDir, checks, counts: countChecks(checks), stopped: false, ...extra });
  let loaded;
  try {
    loaded = await loadManifest(packDir);
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    checks.push({
      name: "manifest",
      status: "FAIL",
      detail: cause.message,
      fix: cause.fix,
      locations: [{ file: cause.path ?? "pack.yaml", line: cause.line, column: cause.column, message: cause.message }]
    });
    return finish({ stopped: true });
  }
  const { manifest, findings } = loaded;
  const file = import_node_path4.default.basename(loaded.path);
  checks.push({ name: "manifest", status: "PASS", detail: `${file} found and parsed`, locations: [] });
  const byCode = (code, severity = "fail") => findings.filter((f) => f.code === code && f.severity === severity);
  checks.push(fromFindings("schema", byCode("MANIFEST_SCHEMA"), "matches schemas/pack.schema.json"));
  checks.push(fromFindings("unknown-keys", byCode("MANIFEST_SCHEMA", "warn"), "no unknown keys", "WARN"));
  checks.push(fromFindings("spellings", byCode("MANIFEST_SPELLING_CONFLICT"), "no conflicting StackStorm-era spellings"));
  checks.push(fromFindings("ref", byCode("MANIFEST_REF_INVALID"), `ref ${quote(manifest.ref)}`));
  checks.push(fromFindings("version", byCode("MANIFEST_VERSION_INVALID"), `version ${quote(manifest.version)}`));
  if (options.expectVersion !== void 0) {
    const expected = versionFromTag(options.expectVersion);
    checks.push(
      expected === manifest.version ? { name: "expected-version", status: "PASS", detail: `version matches ${quote(options.expectVersion)}`, locations: [] } : {
        name: "expected-version",
        status: "FAIL",
        detail: `${file} says version ${quote(manifest.version)} but ${quote(expected)} is being released`,
        fix: `Set version: "${expected}" in ${file}, or release the tag v${manifest.version}.`,
        locations: [{ file, line: loaded.source.locate("/version").line, message: `version is not ${expected}` }]
      }
    );
  }
  checks.push(checkLicense(manifest.license, file, loaded.source.data.license !== void 0 ? loaded.source.locate("/license").line : 1));
  checks.push(fromFindings("urls", byCode("URL_INVALID"), "homepage and repository are URLs"));
  const { contents, findings: componentFindings } = await discoverContents(packDir, manifest);
  const counts = ATTUNE_KINDS.map((k) => `${contents[k].length} ${k}`).join(", ");
  checks.push(fromFindings("components", componentFindings, `every component file parses, names unique per kind (${counts})`));
  const problems = [];
  const skipped = [];
  let files = [];
  try {
    files = await walkPackFiles(packDir, { problems, special: "skip", skipped });
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    problems.push(cause);
  }
  checks.push(fromErrors("symlinks", problems.filter((p) => p.code === "PATH_SYMLINK"), "no symbolic links"));
  checks.push(pathsCheck(problems.filter((p) => p.code !== "PATH_SYMLINK"), skipped));
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const large = files.filter((f) => f.size > limit);
  checks.push(
    large.length === 0 ? { name: "file-size", status: "PASS", detail: `${files.length} files, none over ${formatBytes(limit)}`, locations: [] } : {
      name: "file-size",
      status: "FAIL",
      detail: large.map((f) => `${f.relPath} is ${formatBytes(f.size)}`).join("; ") + ` (limit ${formatBytes(limit)})`,
      fix: "Remove large generated or binary files from the pack, or raise the limit with --max-file-size.",
      locations: large.map((f) => ({ file: f.relPath, message: `${formatBytes(f.size)} is over the ${formatBytes(limit)} limit` }))
    }
  );
  const readme = files.find((f) => /^readme(\.(md|markdown|rst|txt))?$/i.test(f.relPath));
  checks.push(
    readme !== void 0 ? { name: "readme", status: "PASS", detail: `${readme.relPath} present`, locations: [] } : { name: "readme", status: "WARN", detail: "no README at the pack root", fix: "Add a README.md saying what the pack does and how to configure it.", locations: [{ file, message: "no README" }] }
  );
  const thin = [];
  if (manifest.description.trim() === "") thin.push("no description");
  if (manifest.author === "Unknown") thin.push("no author");
  checks.push(
    thin.length === 0 ? { name: "metadata", status: "PASS", detail: "description and author present", locations: [] } : { name: "metadata", status: "WARN", detail: thin.join(", "), fix: `Add description: and author: to ${file}; search and the browse page show them.`, locations: [{ file, line: 1, message: thin.join(", ") }] }
  );
  return finish({ manifest, contents });
}
function checkLicense(license, file, line) {
  if (license === void 0 || license === "NOASSERTION") {
    return {
      name: "license",
      status: "WARN",
      detail: license === void 0 ? "no license given" : "no license given (recorded as NOASSERTION)",
      fix: `Add license: with an SPDX identifier such as "Apache-2.0" to ${file}.`,
      locations: [{ file, line: line ?? 1, message: "no license" }]
    };
  }
  try {
    (0, import_spdx_expression_parse.default)(license);
    return { name: "license", status: "PASS", detail: `${quote(license)} is a valid SPDX expression`, locations: [] };
  } catch {
    return {
      name: "license",
      status: "FAIL",
      detail: `${quote(license)} is not a valid SPDX license expression`,
      fix: 'Use an identifier from https://spdx.org/licenses/ (e.g. "MIT", "Apache-2.0") or an expression such as "MIT OR Apache-2.0".',
      locations: [{ file, line: line ?? 1, message: `${license} is not SPDX` }]
    };
  }
}

// src/core/archive/build-archive.ts
var import_node_crypto2 = require("node:crypto");
var import_node_events = require("node:events");
var import_node_fs3 = require("node:fs");
var import_promises5 = require("node:fs/promises");
var import_node_path5 = __toESM(require("node:path"), 1);
var import_node_stream = require("node:stream");
var import_promises6 = require("node:stream/promises");
var import_node_zlib = require("node:zlib");
var tar = __toESM(require_tar_stream(), 1);

// src/core/checksum/hash-file.ts
var import_node_crypto = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_promises4 = require("node:fs/promises");
var CHUNK_SIZE = 4 << 20;
async function hashFile(path34, algorithm = "sha256", onProgress) {
  const hash = (0, import_node_crypto.createHash)(algorithm);
  const total = onProgress === void 0 ? 0 : await (0, import_promises4.stat)(path34).then((s) => s.size, () => 0);
  let done = 0;
  await readStable(path34, (chunk) => {
    hash.update(chunk);
    done += chunk.length;
    onProgress?.(done, total);
  });
  return hash.digest("hex");
}
async function readStable(path34, sink, hooks = {}, displayPath = path34.toString()) {
  const handle = await openRegular(path34, displayPath);
  let reading;
  try {
    const before = await handle.stat({ bigint: true });
    checkRegular(before, displayPath);
    await hooks.afterOpen?.(displayPath);
    const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)];
    let total = 0;
    let turn = 0;
    reading = handle.read(buffers[0], 0, CHUNK_SIZE, null);
    for (; ; ) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      total += bytesRead;
      const current = buffers[turn];
      turn ^= 1;
      reading = handle.read(buffers[turn], 0, CHUNK_SIZE, null);
      const pending = sink(current.subarray(0, bytesRead));
      if (pending !== void 0) await pending;
    }
    const after = await handle.stat({ bigint: true });
    if (BigInt(total) !== before.size || after.size !== before.size || after.mtimeNs !== before.mtimeNs) {
      throw fileChangedError(displayPath);
    }
    return total;
  } finally {
    await reading?.catch(() => void 0);
    await handle.close();
  }
}
async function openRegular(path34, displayPath) {
  try {
    return await (0, import_promises4.open)(path34, "r");
  } catch (cause) {
    throw openError(cause, displayPath);
  }
}
function openError(cause, displayPath) {
  if (cause.code === "ENOENT") {
    return new PackdexError("PATH_NOT_FOUND", `No such file: '${displayPath}'.`, { value: displayPath, fix: "Check the path." });
  }
  return ioError("open", displayPath, cause);
}
function checkRegular(stats, displayPath) {
  if (!stats.isFile()) {
    throw new PackdexError("PATH_UNSUPPORTED", `'${displayPath}' is not a regular file.`, {
      value: displayPath,
      expected: "a regular file",
      fix: "Point packdex at a regular file or a directory."
    });
  }
}
function readWholeSync(path34, expected, displayPath) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path34, "r");
  } catch (cause) {
    throw openError(cause, displayPath);
  }
  try {
    const buffer = Buffer.allocUnsafe(expected.size + 1);
    let total = 0;
    for (; ; ) {
      const n = (0, import_node_fs2.readSync)(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buffer.length) break;
    }
    const after = (0, import_node_fs2.fstatSync)(fd, { bigint: true });
    checkRegular(after, displayPath);
    if (total !== expected.size || after.size !== BigInt(expected.size) || expected.mtimeNs !== void 0 && after.mtimeNs !== expected.mtimeNs) {
      throw fileChangedError(displayPath);
    }
    return buffer.subarray(0, total);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
var SMALL_FILE = 1 << 20;
var YIELD_EVERY_BYTES = 8 << 20;
async function readFilesInOrder(files, sink, hooks = {}) {
  let sinceYield = 0;
  for (const file of files) {
    await sink.begin?.(file);
    if (file.size <= SMALL_FILE && hooks.afterOpen === void 0) {
      const bytes = readWholeSync(file.absPath, file, file.relPath);
      if (bytes.length > 0) await sink.chunk(file, bytes);
      sinceYield += bytes.length + 4096;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } else {
      const read = await readStable(file.absPath, (chunk) => sink.chunk(file, chunk), hooks, file.relPath);
      if (read !== file.size) throw fileChangedError(file.relPath);
    }
    await sink.end?.(file);
  }
}
function fileChangedError(displayPath) {
  return new PackdexError("FILE_CHANGED", `'${displayPath}' changed while it was being read.`, {
    value: displayPath,
    expected: "a file that stays the same while packdex reads it",
    fix: "Stop whatever is writing to the file and run the command again."
  });
}

// src/core/git/git-tree-files.ts
var import_node_child_process2 = require("node:child_process");

// src/core/git/run-git.ts
var import_node_child_process = require("node:child_process");

// src/core/git/check-ref.ts
function refNameProblem(value) {
  if (value === "") return "it is empty";
  if (value.startsWith("-")) return 'it starts with "-", so git would read it as an option';
  if (/[\u0000-\u0020\u007f]/.test(value)) return "it holds a space or a control character";
  const bad = /[~^:?*[\\]/.exec(value);
  if (bad !== null) return `it holds ${quote(bad[0])}`;
  if (value.includes("..")) return 'it holds ".."';
  if (value.includes("@{")) return 'it holds "@{"';
  if (value === "@") return 'it is "@"';
  if (value.startsWith("/") || value.endsWith("/") || value.includes("//")) return "it has an empty path component";
  if (value.endsWith(".")) return 'it ends with "."';
  for (const component of value.split("/")) {
    if (component.startsWith(".")) return `its component ${quote(component)} starts with "."`;
    if (component.endsWith(".lock")) return `its component ${quote(component)} ends with ".lock"`;
  }
  return void 0;
}
function checkRefName(value, origin) {
  const problem = refNameProblem(value);
  if (problem === void 0) return value;
  throw new PackdexError("GIT_REF_INVALID", `${origin.what} ${quote(value)} is not a git ref name: ${problem}.`, {
    value,
    expected: "a branch, tag or commit such as main, v1.2.0, refs/heads/main or a 40-hex commit (the rules of git check-ref-format)",
    fix: origin.fix ?? "Pass the branch, tag or commit by its name."
  });
}
function isCommitId(value) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);
}
var ALLOWED_GIT_PROTOCOLS = ["https", "http", "ssh", "file"];
function remoteUrlProblem(url) {
  if (url === "") return "it is empty";
  if (url.startsWith("-")) return 'it starts with "-", so git would read it as an option';
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url)) return `it names the git transport ${quote(url.slice(0, url.indexOf("::") + 2))}, which packdex does not use`;
  if (/[\u0000-\u0020\u007f]/.test(url)) return "it holds a space or a control character";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme !== null) {
    const name = scheme[1].toLowerCase();
    if (!ALLOWED_GIT_PROTOCOLS.includes(name)) return `it uses ${name}://`;
    const authority = url.slice(scheme[0].length).split("/")[0];
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    if (authority.startsWith("-") || host.startsWith("-")) return 'its user or host starts with "-"';
    if (name !== "file" && host === "") return "it has no host";
    return void 0;
  }
  const scp = /^([^/@:]+@)?([^/:]+):/.exec(url);
  if (scp !== null) {
    if (scp[2].startsWith("-")) return 'its host starts with "-"';
    return void 0;
  }
  if (url.startsWith("/")) return void 0;
  return "it is neither a URL nor an absolute path";
}
function checkRemoteUrl(url, origin) {
  const problem = remoteUrlProblem(url);
  if (problem === void 0) return url;
  const shown2 = url.replace(/\/\/[^/@]*@/, "//***@");
  throw new PackdexError("URL_INVALID", `${origin.what} ${quote(shown2)} is not a repository URL packdex gives git: ${problem}.`, {
    value: shown2,
    expected: "https://host/owner/repo.git, ssh://host/owner/repo.git, git@host:owner/repo.git, file:///path or an absolute path",
    fix: origin.fix ?? "Give the repository's clone URL."
  });
}

// src/core/git/run-git.ts
var INHERITED = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TMP",
  "TEMP",
  "LANG",
  "LANGUAGE",
  "TZ",
  "XDG_CONFIG_HOME",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "GIT_SSL_CAINFO",
  "GIT_SSL_CAPATH",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "SSH_AUTH_SOCK",
  "GIT_SSH",
  "GIT_SSH_COMMAND",
  "GIT_SSH_VARIANT",
  "GIT_EXEC_PATH",
  // Windows needs these to start any program at all.
  "SYSTEMROOT",
  "SystemRoot",
  "COMSPEC",
  "PATHEXT",
  "WINDIR",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "HOMEDRIVE",
  "HOMEPATH"
]);
function gitEnvironment(env = {}, from = process.env) {
  const out = {};
  for (const [key, value] of Object.entries(from)) {
    if (value !== void 0 && (INHERITED.has(key) || key.startsWith("LC_"))) out[key] = value;
  }
  return { ...out, ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_ALLOW_PROTOCOL: ALLOWED_GIT_PROTOCOLS.join(":") };
}
function execGit(args, options = { cwd: "." }) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)("git", args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env),
      stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on(
      "error",
      (cause) => reject(new PackdexError("GIT_FAILED", `Could not run git: ${cause.message}`, { fix: "Install git and make sure it is on PATH.", cause }))
    );
    child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    if (child.stdin !== null) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(options.input);
    }
  });
}
async function git(args, where) {
  const options = typeof where === "string" ? { cwd: where } : where;
  const result = await execGit(args, { cwd: options.cwd, env: options.env });
  if (result.exitCode !== 0) {
    throw new PackdexError("GIT_FAILED", `${options.what ?? `git ${args[0]}`} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`, {
      value: options.value ?? args.join(" "),
      fix: options.fix ?? "Check that the folder is a git work tree and the ref exists (git log --oneline -1 REF)."
    });
  }
  return result.stdout;
}

// src/core/git/git-tree-files.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });
async function isGitWorkTree(dir) {
  try {
    return (await git(["rev-parse", "--is-inside-work-tree"], dir)).toString().trim() === "true";
  } catch {
    return false;
  }
}
async function resolveCommit(dir, ref) {
  if (ref.startsWith("-")) {
    throw new PackdexError("GIT_REF_INVALID", `Git ref '${ref}' starts with '-'.`, { value: ref, fix: "Pass a tag, branch or commit." });
  }
  return (await git(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`], dir)).toString().trim();
}
async function listGitTreeFiles(dir, commit, ref = commit) {
  const prefix = (await git(["rev-parse", "--show-prefix"], dir)).toString().trim();
  const exists = await execGit(["cat-file", "-e", "--end-of-options", `${commit}:${prefix}`], { cwd: dir });
  if (exists.exitCode !== 0) {
    throw new PackdexError("GIT_FAILED", `'${prefix || "."}' is not in commit ${commit.slice(0, 12)} (${ref}).`, {
      value: prefix,
      expected: "a pack folder that is committed at the ref",
      fix: "Commit the pack first, or archive the files on disk with --source directory."
    });
  }
  const raw = await git(["ls-tree", "-r", "-z", "-l", "--full-tree", "--end-of-options", `${commit}:${prefix}`], dir);
  const files = [];
  let start = 0;
  while (start < raw.length) {
    const end = raw.indexOf(0, start);
    const record = raw.subarray(start, end === -1 ? raw.length : end);
    start = end === -1 ? raw.length : end + 1;
    const tab = record.indexOf(9);
    const [mode, type, oid, size] = record.subarray(0, tab).toString("latin1").trim().split(/ +/);
    let relPath;
    try {
      relPath = utf82.decode(record.subarray(tab + 1));
    } catch {
      throw new PackdexError("PATH_NOT_UTF8", `A path in ${ref} is not valid UTF-8.`, {
        value: record.subarray(tab + 1).toString("hex"),
        expected: "file names encoded as UTF-8",
        fix: "Rename the file with a UTF-8 name and commit again."
      });
    }
    if (relPath.split("/").includes(".git")) continue;
    if (mode === "120000") {
      throw new PackdexError("PATH_SYMLINK", `'${relPath}' is a symbolic link in ${ref}.`, {
        value: relPath,
        expected: "only regular files and folders in a pack",
        fix: "Replace the link with a copy of the file it points to, and commit.",
        path: relPath
      });
    }
    if (type !== "blob") {
      throw new PackdexError("PATH_UNSUPPORTED", `'${relPath}' is a ${type === "commit" ? "submodule" : type} in ${ref}.`, {
        value: relPath,
        expected: "only regular files and folders in a pack",
        fix: "Vendor the submodule's files into the pack, or remove it.",
        path: relPath
      });
    }
    files.push({ relPath, oid, size: Number(size), executable: mode === "100755" });
  }
  return sortByPackPath(files, (f) => f.relPath);
}
async function readGitBlobs(dir, files, visit) {
  if (files.length === 0) return;
  const child = (0, import_node_child_process2.spawn)("git", ["cat-file", "--batch"], { cwd: dir, env: gitEnvironment(), stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString());
  const exited = new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  child.stdin.on("error", () => void 0);
  child.stdin.end(files.map((f) => `${f.oid}
`).join(""));
  let i = 0;
  let pending = Buffer.alloc(0);
  let state = "header";
  let remaining = 0;
  try {
    for await (const data of child.stdout) {
      pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
      while (pending.length > 0 && i < files.length) {
        const file = files[i];
        if (state === "header") {
          const nl = pending.indexOf(10);
          if (nl === -1) break;
          const header = pending.subarray(0, nl).toString("latin1");
          remaining = Number(header.split(" ")[2]);
          if (!/ blob \d+$/.test(header) || remaining !== file.size) {
            throw new PackdexError("GIT_FAILED", `git cat-file returned '${header}' for ${file.relPath}.`, { fix: "Run git fsck on the repository." });
          }
          pending = pending.subarray(nl + 1);
          state = "body";
          await visit.start(file);
        }
        if (state === "body") {
          const take = Math.min(remaining, pending.length);
          if (take > 0) await visit.chunk(file, pending.subarray(0, take));
          remaining -= take;
          pending = pending.subarray(take);
          if (remaining > 0) break;
          await visit.end(file);
          state = "newline";
        }
        if (state === "newline") {
          if (pending.length === 0) break;
          pending = pending.subarray(1);
          state = "header";
          i++;
        }
      }
    }
  } finally {
    if (i < files.length) child.kill();
  }
  const code = await exited;
  if (code !== 0 || i < files.length) {
    throw new PackdexError("GIT_FAILED", `git cat-file --batch failed after ${i} of ${files.length} files: ${stderr.trim()}`, {
      fix: "Run git fsck on the repository."
    });
  }
}

// src/core/archive/build-archive.ts
var ARCHIVE_MTIME = new Date(Date.UTC(1980, 0, 1));
var GZIP_OS_UNIX = 3;
async function buildArchive(options) {
  if (!/^[a-z0-9][a-z0-9_-]*-[0-9A-Za-z.+-]+$/.test(options.topFolder)) {
    throw new PackdexError("USAGE", `Archive top folder '${options.topFolder}' is not <name>-<version>.`, {
      value: options.topFolder,
      fix: "Fix the name and version in the package's manifest."
    });
  }
  const inWorkTree = await isGitWorkTree(options.packDir);
  const kind2 = options.source === "git" || options.source === "directory" ? options.source : options.ref !== void 0 || inWorkTree ? "git" : "directory";
  if (kind2 === "git" && !inWorkTree) {
    throw new PackdexError("GIT_FAILED", `'${options.packDir}' is not in a git work tree, so there is no commit to archive.`, {
      value: options.packDir,
      fix: "Archive the directory instead (--source directory), or run inside the repository."
    });
  }
  let files;
  let feed;
  let commit;
  if (kind2 === "git") {
    const ref = options.ref ?? "HEAD";
    commit = await resolveCommit(options.packDir, ref);
    const treeFiles = await listGitTreeFiles(options.packDir, commit, ref);
    files = treeFiles;
    feed = (writer2) => readGitBlobs(options.packDir, treeFiles, {
      start: (file) => writer2.begin(file),
      chunk: (_file, data) => writer2.write(data),
      end: () => writer2.end()
    });
  } else {
    const walked = await walkPackFiles(options.packDir, { special: "skip" });
    files = walked;
    feed = (writer2) => readFilesInOrder(walked, { begin: (file) => writer2.begin(file), chunk: (_file, chunk) => writer2.write(chunk), end: () => writer2.end() }, options.hooks);
  }
  await (0, import_promises5.mkdir)(import_node_path5.default.dirname(import_node_path5.default.resolve(options.output)), { recursive: true }).catch((cause) => {
    throw ioError("create the folder of", options.output, cause);
  });
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  let doneBytes = 0;
  const tmp = import_node_path5.default.join(import_node_path5.default.dirname(import_node_path5.default.resolve(options.output)), `.${import_node_path5.default.basename(options.output)}.${process.pid}.${(0, import_node_crypto2.randomBytes)(6).toString("hex")}.tmp`);
  const hash = (0, import_node_crypto2.createHash)("sha256");
  let size = 0;
  const pack2 = tar.pack();
  const written = (0, import_promises6.pipeline)(
    pack2,
    (0, import_node_zlib.createGzip)({ level: import_node_zlib.constants.Z_DEFAULT_COMPRESSION }),
    fixGzipHeader(),
    tap((chunk) => {
      hash.update(chunk);
      size += chunk.length;
    }),
    (0, import_node_fs3.createWriteStream)(tmp, { mode: 420 })
  );
  let writeFailure;
  written.catch((e) => {
    writeFailure = e;
  });
  const header = (name, type, mode, entrySize = 0) => ({
    name,
    type,
    mode,
    size: entrySize,
    mtime: ARCHIVE_MTIME,
    uid: 0,
    gid: 0,
    uname: "",
    gname: ""
  });
  const addDirectory = (name) => new Promise((resolve, reject) => pack2.entry(header(`${name}/`, "directory", 493), (err) => err ? reject(err) : resolve()));
  const top = options.topFolder;
  const madeDirs = /* @__PURE__ */ new Set();
  let current;
  const writer = {
    async begin(file) {
      const parts = file.relPath.split("/");
      for (let n = 1; n < parts.length; n++) {
        const d = parts.slice(0, n).join("/");
        if (!madeDirs.has(d)) {
          madeDirs.add(d);
          await addDirectory(`${top}/${d}`);
        }
      }
      let resolveDone;
      let rejectDone;
      const done = new Promise((res, rej) => {
        resolveDone = res;
        rejectDone = rej;
      });
      const entry = pack2.entry(
        header(`${top}/${file.relPath}`, "file", file.executable ? 493 : 420, file.size),
        (err) => err ? rejectDone(err) : resolveDone()
      );
      done.catch(() => void 0);
      current = { file, entry, done, bytes: 0 };
    },
    async write(chunk) {
      const c = current;
      c.bytes += chunk.length;
      if (c.bytes > c.file.size) throw fileChangedError(c.file.relPath);
      doneBytes += chunk.length;
      options.onProgress?.(doneBytes, totalBytes);
      if (!c.entry.write(Buffer.from(chunk))) await (0, import_node_events.once)(c.entry, "drain");
    },
    async end() {
      const c = current;
      if (c.bytes !== c.file.size) throw fileChangedError(c.file.relPath);
      c.entry.end(null);
      await c.done;
      current = void 0;
    }
  };
  try {
    await addDirectory(top);
    await feed(writer);
    pack2.finalize();
    await written;
    await (0, import_promises5.rename)(tmp, options.output);
  } catch (cause) {
    pack2.destroy();
    const failedFirst = writeFailure;
    await written.catch(() => void 0);
    await (0, import_promises5.rm)(tmp, { force: true });
    if (cause instanceof PackdexError) throw cause;
    throw ioError("write archive", options.output, failedFirst ?? cause);
  }
  return {
    path: options.output,
    checksum: `sha256:${hash.digest("hex")}`,
    size,
    files: files.length,
    source: kind2,
    ...commit === void 0 ? {} : { commit }
  };
}
function fixGzipHeader() {
  let offset = 0;
  return new import_node_stream.Transform({
    transform(chunk, _enc, callback) {
      if (offset <= 9 && offset + chunk.length > 9) {
        chunk = Buffer.from(chunk);
        chunk[9 - offset] = GZIP_OS_UNIX;
      }
      offset += chunk.length;
      callback(null, chunk);
    }
  });
}
function tap(onChunk) {
  return new import_node_stream.Transform({
    transform(chunk, _enc, callback) {
      onChunk(chunk);
      callback(null, chunk);
    }
  });
}

// src/core/checksum/directory-checksum.ts
var import_node_crypto3 = require("node:crypto");
var MAGIC = Buffer.from("attune-pack-file-v1", "utf8");
function u64(n) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}
async function hashDirectory(root, hooks = {}, onProgress) {
  const files = await walkPackFiles(root, { special: "skip" });
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const hash = (0, import_node_crypto3.createHash)("sha256");
  await readFilesInOrder(
    files,
    {
      begin(file) {
        const pathBytes = Buffer.from(file.relPath, "utf8");
        hash.update(MAGIC);
        hash.update(u64(pathBytes.length));
        hash.update(pathBytes);
        hash.update(u64(file.size));
      },
      chunk(_file, chunk) {
        hash.update(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    },
    hooks
  );
  return hash.digest("hex");
}

// src/core/site/init-registry.ts
var import_promises13 = require("node:fs/promises");
var import_node_path11 = __toESM(require("node:path"), 1);

// src/core/names/url-rules.ts
function rawPath(raw) {
  const cut = raw.search(/[?#]/);
  const head = cut === -1 ? raw : raw.slice(0, cut);
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/\\]*/i.exec(head) ?? /^\/\/[^/\\]*/.exec(head);
  if (authority !== null) return head.slice(authority[0].length);
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(head);
  return scheme === null ? head : head.slice(scheme[0].length);
}
function dotSegmentProblem(raw) {
  const p = rawPath(raw);
  if (p.includes("\\")) return "contains a backslash";
  if (/%(?:2f|5c)/i.test(p)) return "contains an encoded slash or backslash";
  for (const segment of p.split("/")) {
    const decoded = segment.replace(/%2e/gi, ".");
    if (decoded === "." || decoded === "..") return `has a ${quote(segment)} path segment`;
  }
  return void 0;
}
function checkNoDotSegments(raw, what) {
  const problem = dotSegmentProblem(raw);
  if (problem === void 0) return raw;
  const shown2 = raw.replace(/\/\/[^/@]*@/, "//***@");
  throw new PackdexError("URL_INVALID", `${what} ${quote(shown2)} ${problem}.`, {
    value: shown2,
    expected: 'a URL whose path has no ".", ".." (or %2e) segments, backslashes or encoded slashes',
    fix: "Write the URL with its final path (resolve the segments yourself); registries never need them."
  });
}
var REGISTRY_PATH = /^(?!\/)(?:[^\s?#/\\:]+\/)*[^\s?#/\\:]+$/;
function isRegistryPath(value) {
  return REGISTRY_PATH.test(value) && dotSegmentProblem(value) === void 0;
}
function checkRegistryPath(value, what) {
  checkNoDotSegments(value, what);
  if (!REGISTRY_PATH.test(value)) {
    throw new PackdexError("URL_INVALID", `${what} ${quote(value)} is not a path inside the registry.`, {
      value,
      expected: "a relative path such as archives/<name>-<version>.tar.gz, or an https URL",
      fix: "Record archives stored in the registry as archives/<file>, anything else as its https URL."
    });
  }
  return value;
}
function registryPathOf(value, registry) {
  if (dotSegmentProblem(value) !== void 0) return void 0;
  if (isRegistryPath(value)) return value;
  for (const base of [registry.url, ...registry.former_urls ?? []]) {
    const prefix = `${base.replace(/\/+$/, "")}/`;
    if (value.startsWith(prefix) && isRegistryPath(value.slice(prefix.length))) return value.slice(prefix.length);
  }
  return void 0;
}
function resolveRegistryUrl(value, registryUrl) {
  if (!isRegistryPath(value)) return value;
  return `${registryUrl.replace(/\/+$/, "")}/${value}`;
}

// src/core/entry/source-rules.ts
function checkHttpsUrl(value, what) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw urlError(value, what, "is not a URL");
  }
  if (url.protocol !== "https:") throw urlError(value, what, `uses ${url.protocol.replace(/:$/, "")}, not https`);
  if (url.username !== "" || url.password !== "") throw urlError(value, what, "carries credentials");
  if (url.search !== "" || value.includes("?")) throw urlError(value, what, "has a query string");
  if (url.hash !== "" || value.includes("#")) throw urlError(value, what, "has a fragment");
  if (/\s/.test(value)) throw urlError(value, what, "contains white space");
  const dots = dotSegmentProblem(value);
  if (dots !== void 0) throw urlError(value, what, dots);
  return value;
}
function urlError(value, what, reason) {
  const shown2 = value.replace(/\/\/[^/@]*@/, "//***@");
  return new PackdexError("URL_INVALID", `${what} ${quote(shown2)} ${reason}.`, {
    value: shown2,
    expected: "https://host/path with no user:password@, ?query, #fragment or ./.. segments",
    fix: reason === "carries credentials" ? "Remove the credentials from the URL; registries and consumers pass tokens as headers." : "Use a plain https URL."
  });
}
function checkGitRef(ref, what = "Git ref") {
  return checkRefName(ref, { what, fix: "Pass the tag that was released, e.g. --git-ref v1.2.0, or the full commit." });
}

// src/core/fs/read-text-if-exists.ts
var import_promises7 = require("node:fs/promises");
async function readTextIfExists(file) {
  try {
    return await (0, import_promises7.readFile)(file, "utf8");
  } catch (cause) {
    if (cause.code === "ENOENT") return void 0;
    throw ioError("read", file, cause);
  }
}

// src/core/index-file/index-rules.ts
var import_semver2 = __toESM(require_semver2(), 1);

// src/core/docs-url.ts
var DOCS_BASE_URL = "https://github.com/packdex/packdex/blob/main/docs/";
function docsUrl(page, anchor) {
  return `${DOCS_BASE_URL}${page}${anchor === void 0 ? "" : `#${anchor}`}`;
}

// src/core/index-file/index-rules.ts
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checkUnique(list, path34, what, out, key) {
  if (!Array.isArray(list)) return;
  const seen = /* @__PURE__ */ new Set();
  list.forEach((item, i) => {
    const k = key ? key(item) : item;
    if (typeof k !== "string") return;
    if (seen.has(k)) out.push({ path: `${path34}/${i}`, message: `duplicate ${what} ${quote(k)}` });
    seen.add(k);
  });
}
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseRfc3339(text) {
  const m = RFC3339.exec(text);
  if (m === null) return void 0;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return void 0;
  if (m[8] !== void 0 && (Number(m[8]) > 23 || Number(m[9]) > 59)) return void 0;
  const t = new Date(text.toUpperCase());
  return Number.isNaN(t.getTime()) ? void 0 : t;
}
function entryRuleViolations(entry, prefix = "") {
  const out = [];
  if (!isObject2(entry)) return out;
  if (typeof entry.version === "string" && import_semver2.default.valid(entry.version) === null) {
    out.push({ path: `${prefix}/version`, message: `${quote(entry.version)} is not a valid semantic version` });
  }
  checkUnique(entry.keywords, `${prefix}/keywords`, "keyword", out);
  checkUnique(entry.runtime_deps, `${prefix}/runtime_deps`, "runtime dependency", out);
  if (isObject2(entry.contents)) {
    for (const kind2 of CONTENT_KINDS) {
      checkUnique(entry.contents[kind2], `${prefix}/contents/${kind2}`, `${kind2} name`, out, (c) => isObject2(c) ? c.name : void 0);
    }
  }
  if (Array.isArray(entry.install_sources)) {
    entry.install_sources.forEach((s, i) => {
      if (isObject2(s) && typeof s.url === "string" && /^https:/.test(s.url)) {
        try {
          const u = new URL(s.url);
          if (u.hostname === "") out.push({ path: `${prefix}/install_sources/${i}/url`, message: "has no host" });
        } catch {
          out.push({ path: `${prefix}/install_sources/${i}/url`, message: `${quote(s.url)} is not a valid URL` });
        }
      }
    });
  }
  return out;
}
function entryViolations(entry, prefix = "") {
  const schema = validateSchema("index-entry", entry).map((i) => ({ path: `${prefix}${i.path}`, message: i.message }));
  return [...schema, ...entryRuleViolations(entry, prefix)];
}
function indexViolations(index) {
  const out = validateSchema("index", index).map((i) => ({ path: i.path, message: i.message }));
  if (!isObject2(index)) return out;
  if (typeof index.last_updated === "string" && RFC3339.test(index.last_updated) && parseRfc3339(index.last_updated) === void 0) {
    out.push({ path: "/last_updated", message: `${quote(index.last_updated)} is not a real date and time` });
  }
  if (Array.isArray(index.packs)) {
    index.packs.forEach((p, i) => out.push(...entryRuleViolations(p, `/packs/${i}`)));
    checkRefOrder(index.packs.map((p) => isObject2(p) ? p.ref : void 0), out);
  }
  return out;
}
function checkRefOrder(refs, out) {
  for (let i = 1; i < refs.length; i++) {
    const a = refs[i - 1];
    const b = refs[i];
    if (typeof a !== "string" || typeof b !== "string") continue;
    if (a === b) out.push({ path: `/packs/${i}`, message: `duplicate ref ${quote(b)}` });
    else if (compareStrings(a, b) > 0) out.push({ path: `/packs/${i}`, message: `ref ${quote(b)} is out of order: it must sort before ${quote(a)}` });
  }
}
function violationsError(what, violations, file) {
  const shown2 = violations.slice(0, 20).map((v) => `  ${v.path || "/"}: ${v.message}`);
  if (violations.length > 20) shown2.push(`  … and ${violations.length - 20} more`);
  return new PackdexError(
    what === "index" ? "INDEX_INVALID" : "ENTRY_INVALID",
    `${file === void 0 ? `The ${what}` : `'${file}'`} breaks ${violations.length} rule${violations.length === 1 ? "" : "s"} of the Attune index format:
${shown2.join("\n")}`,
    {
      value: file,
      path: violations[0]?.path,
      expected: what === "index" ? `an index as described in ${docsUrl("index-format.md")} (schemas/index.schema.json)` : `an index entry as described in ${docsUrl("index-format.md", "an-entry")} (schemas/index-entry.schema.json)`,
      fix: "Correct the values at the paths listed (packdex validate lists them all)."
    }
  );
}
function assertValidEntry(entry, file) {
  const v = entryViolations(entry);
  if (v.length > 0) throw violationsError("entry", v, file);
}
function assertValidIndex(index, file) {
  const v = indexViolations(index);
  if (v.length > 0) throw violationsError("index", v, file);
}

// src/core/index-file/read-index.ts
function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function parseJsonText(text, file) {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause.message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = position(text, offset);
    const truncated = at === null && /end of (JSON|data)/i.test(message);
    throw new PackdexError("INDEX_JSON_INVALID", `'${file}' is not valid JSON at line ${line}, column ${column}${truncated ? " (the file ends too early: truncated?)" : ""}.`, {
      value: file,
      expected: "a complete JSON document",
      fix: truncated ? "Restore the file from its last good version (git checkout, or re-download it)." : `Fix the JSON syntax at line ${line}.`,
      path: file,
      line,
      column,
      cause
    });
  }
}
async function readIndexIfExists(file) {
  const text = await readTextIfExists(file);
  return text === void 0 ? void 0 : { index: parseIndexText(text, file), text };
}
function parseIndexText(text, file) {
  const data = parseJsonText(text, file);
  assertValidIndex(data, file);
  return data;
}
function formatTimestamp(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/core/site/build-site.ts
var import_node_path10 = __toESM(require("node:path"), 1);

// src/core/entry/canonical-entry.ts
var ENTRY_KEYS = [
  "ref",
  "label",
  "description",
  "use_case",
  "version",
  "author",
  "email",
  "homepage",
  "repository",
  "license",
  "keywords",
  "runtime_deps",
  "install_sources",
  "contents",
  "dependencies",
  "meta"
];
var SOURCE_KEYS = ["type", "url", "ref", "checksum"];
var DEPENDENCY_KEYS = ["attune_version", "python_version", "nodejs_version", "packs"];
var INDEX_KEYS = ["registry_name", "registry_url", "version", "last_updated", "packs"];
var byString = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortedUnique2(list) {
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) return list;
  return [...new Set(list)].sort(byString);
}
var SOURCE_RANK = { git: 0, archive: 1 };
function pickKeys(obj, keys) {
  const out = {};
  const rec = obj;
  for (const k of keys) if (rec[k] !== void 0) out[k] = rec[k];
  for (const k of Object.keys(rec)) if (!keys.includes(k) && rec[k] !== void 0) out[k] = rec[k];
  return out;
}
function canonicalEntry(entry) {
  const out = pickKeys(entry, ENTRY_KEYS);
  if (out.keywords !== void 0) out.keywords = sortedUnique2(out.keywords);
  if (out.runtime_deps !== void 0) out.runtime_deps = sortedUnique2(out.runtime_deps);
  if (Array.isArray(entry.install_sources)) {
    const rank = (s) => SOURCE_RANK[s?.type ?? ""] ?? 2;
    const sources = entry.install_sources.map((s) => s !== null && typeof s === "object" ? pickKeys(s, SOURCE_KEYS) : s);
    out.install_sources = sources.sort((a, b) => rank(a) - rank(b));
  }
  if (entry.contents !== null && typeof entry.contents === "object") {
    const contents = pickKeys(entry.contents, CONTENT_KINDS);
    for (const kind2 of CONTENT_KINDS) {
      const list = contents[kind2];
      if (!Array.isArray(list)) continue;
      const items = list.map((c) => c !== null && typeof c === "object" ? pickKeys(c, ["name", "description"]) : c);
      const named = items.every((c) => c !== null && typeof c === "object" && typeof c.name === "string");
      contents[kind2] = named ? items.sort((a, b) => byString(a.name, b.name)) : items;
    }
    out.contents = contents;
  }
  if (entry.dependencies !== void 0 && entry.dependencies !== null && typeof entry.dependencies === "object") {
    out.dependencies = pickKeys(entry.dependencies, DEPENDENCY_KEYS);
  }
  return out;
}
function canonicalIndex(index) {
  const out = pickKeys(index, INDEX_KEYS);
  if (Array.isArray(index.packs)) out.packs = index.packs.map(canonicalEntry);
  return out;
}
function serializeIndex(index) {
  return `${JSON.stringify(canonicalIndex(index), null, 2)}
`;
}

// src/core/site/package-document.ts
var import_semver3 = __toESM(require_semver2(), 1);
var import_node_util2 = require("node:util");

// src/core/index-file/canonical-violations.ts
function checkKeyOrder(obj, order, path34, out) {
  const keys = Object.keys(obj);
  const rank = (k) => {
    const r = order.indexOf(k);
    return r === -1 ? order.length : r;
  };
  for (let i = 1; i < keys.length; i++) {
    if (rank(keys[i]) < rank(keys[i - 1])) {
      const expected = order.filter((k) => keys.includes(k)).join(", ");
      out.push({ path: path34 || "/", message: `key ${quote(keys[i])} comes after ${quote(keys[i - 1])}; packdex writes the keys in the order ${expected}` });
      return;
    }
  }
}
function checkSorted(list, path34, what, out, key = (x) => x) {
  if (!Array.isArray(list)) return;
  for (let i = 1; i < list.length; i++) {
    const a = key(list[i - 1]);
    const b = key(list[i]);
    if (typeof a === "string" && typeof b === "string" && compareStrings(a, b) > 0) {
      out.push({ path: `${path34}/${i}`, message: `${what} ${quote(b)} is out of order: packdex writes it before ${quote(a)}` });
    }
  }
}
var SOURCE_RANK2 = { git: 0, archive: 1 };
function canonicalEntryViolations(entry, prefix = "") {
  const out = [];
  if (!isObject2(entry)) return out;
  checkKeyOrder(entry, ENTRY_KEYS, prefix, out);
  checkSorted(entry.keywords, `${prefix}/keywords`, "keyword", out);
  checkSorted(entry.runtime_deps, `${prefix}/runtime_deps`, "runtime dependency", out);
  if (Array.isArray(entry.install_sources)) {
    entry.install_sources.forEach((s, i) => {
      if (!isObject2(s)) return;
      checkKeyOrder(s, SOURCE_KEYS, `${prefix}/install_sources/${i}`, out);
      const prev = entry.install_sources;
      const before = i > 0 && isObject2(prev[i - 1]) ? prev[i - 1].type : void 0;
      if (typeof before === "string" && typeof s.type === "string" && (SOURCE_RANK2[s.type] ?? 2) < (SOURCE_RANK2[before] ?? 2)) {
        out.push({ path: `${prefix}/install_sources/${i}`, message: `a ${s.type} source comes after a ${before} source; packdex writes git sources first, then archive sources` });
      }
    });
  }
  if (isObject2(entry.contents)) {
    checkKeyOrder(entry.contents, CONTENT_KINDS, `${prefix}/contents`, out);
    for (const kind2 of CONTENT_KINDS) {
      const list = entry.contents[kind2];
      checkSorted(list, `${prefix}/contents/${kind2}`, `${kind2} name`, out, (c) => isObject2(c) ? c.name : void 0);
      if (Array.isArray(list)) list.forEach((c, i) => isObject2(c) && checkKeyOrder(c, ["name", "description"], `${prefix}/contents/${kind2}/${i}`, out));
    }
  }
  if (isObject2(entry.dependencies)) checkKeyOrder(entry.dependencies, DEPENDENCY_KEYS, `${prefix}/dependencies`, out);
  return out;
}

// src/core/site/package-document.ts
var DOCUMENT_KEYS = ["name", "owner", "maintainers", "dist_tags", "updated_at", "index_updated_at", "versions"];
var VERSION_KEYS = [
  "version",
  "published_at",
  "archive_size",
  "dependencies",
  "yanked",
  "yanked_at",
  "yanked_reason",
  "signature_url",
  "publisher_key_fingerprint",
  "entry"
];
function compareVersions(a, b) {
  return import_semver3.default.compareBuild(a, b);
}
function dependenciesOf(entry) {
  const out = {};
  for (const spec of entry.dependencies?.packs ?? []) {
    const at = spec.lastIndexOf("@");
    if (at > 0) out[spec.slice(0, at)] = spec.slice(at + 1);
    else out[spec] = "*";
  }
  return sortedRecord(out);
}
function deriveLatest(versions) {
  const live = versions.filter((v) => !v.yanked);
  const releases = live.filter((v) => import_semver3.default.prerelease(v.version) === null);
  const pool = releases.length > 0 ? releases : live;
  return pool.reduce((best, v) => best === void 0 || compareVersions(v.version, best.version) > 0 ? v : best, void 0)?.version;
}
function indexEntryOf(doc) {
  const latest = doc.dist_tags.latest;
  return latest === void 0 ? void 0 : doc.versions.find((v) => v.version === latest)?.entry;
}
function absoluteEntry(entry, registry) {
  const moved = (url) => {
    const rel = registryPathOf(url, { url: registry.url, former_urls: registry.former_urls });
    return rel === void 0 ? url : resolveRegistryUrl(rel, registry.url);
  };
  if (entry.install_sources.every((s) => s.type !== "archive" || moved(s.url) === s.url)) return entry;
  return { ...entry, install_sources: entry.install_sources.map((s) => s.type === "archive" ? { ...s, url: moved(s.url) } : s) };
}
function indexEntryFor(doc, registry) {
  const entry = indexEntryOf(doc);
  return entry === void 0 ? void 0 : absoluteEntry(entry, registry);
}
function recordedEntry(entry, registry, doc) {
  const held = doc?.versions.find((v) => v.version === entry.version)?.entry.install_sources;
  const install_sources = entry.install_sources.map((s) => {
    const rel = registryPathOf(s.url, registry);
    if (s.type !== "archive" || rel === void 0) return s;
    const same = held?.find((h) => h.type === "archive" && h.checksum === s.checksum && (h.url === rel || h.url.endsWith(`/${rel}`)));
    return { ...s, url: same?.url ?? rel };
  });
  return { ...entry, install_sources };
}
function sortedRecord(record) {
  const out = {};
  for (const key of Object.keys(record).sort(compareStrings)) out[key] = record[key];
  return out;
}
function canonicalDocument(doc) {
  const versions = [...doc.versions].sort((a, b) => compareVersions(a.version, b.version)).map((v) => pickKeys({ ...v, dependencies: sortedRecord(v.dependencies), entry: canonicalEntry(v.entry) }, VERSION_KEYS));
  const live = new Set(versions.filter((v) => !v.yanked).map((v) => v.version));
  const tags = {};
  for (const [tag, version] of Object.entries(doc.dist_tags)) if (tag !== "latest" && live.has(version)) tags[tag] = version;
  const latest = deriveLatest(versions);
  if (latest !== void 0) tags.latest = latest;
  return pickKeys({ ...doc, dist_tags: sortedRecord(tags), versions }, DOCUMENT_KEYS);
}
function serializeDocument(doc) {
  return `${JSON.stringify(canonicalDocument(doc), null, 2)}
`;
}
function documentViolations(doc) {
  const out = validateSchema("package", doc).map((i) => ({ path: i.path, message: i.message }));
  if (out.length > 0) return out;
  const d = doc;
  d.versions.forEach((v, i) => {
    const at = `/versions/${i}`;
    out.push(...entryRuleViolations(v.entry, `${at}/entry`), ...canonicalEntryViolations(v.entry, `${at}/entry`));
    if (import_semver3.default.valid(v.version) === null) return;
    if (v.entry.ref !== d.name) out.push({ path: `${at}/entry/ref`, message: `entry ref ${quote(v.entry.ref)} differs from the package name ${quote(d.name)}` });
    if (v.entry.version !== v.version) out.push({ path: `${at}/entry/version`, message: `entry version ${quote(v.entry.version)} differs from the version ${quote(v.version)}` });
    if (!(0, import_node_util2.isDeepStrictEqual)(v.dependencies, dependenciesOf(v.entry))) out.push({ path: `${at}/dependencies`, message: "must list the entry's dependencies.packs as name → range" });
    const prev = d.versions[i - 1];
    if (prev !== void 0 && import_semver3.default.valid(prev.version) !== null) {
      const c = compareVersions(prev.version, v.version);
      if (c === 0) out.push({ path: `${at}/version`, message: `duplicate version ${quote(v.version)}` });
      else if (c > 0) out.push({ path: `${at}/version`, message: `version ${quote(v.version)} is out of order: versions ascend` });
    }
  });
  const live = new Set(d.versions.filter((v) => !v.yanked).map((v) => v.version));
  for (const [tag, version] of Object.entries(d.dist_tags)) {
    if (!live.has(version)) out.push({ path: `/dist_tags/${tag}`, message: `names ${quote(version)}, which is not a published, non-yanked version` });
  }
  const latest = deriveLatest(d.versions);
  if (d.dist_tags.latest !== latest) {
    out.push({ path: "/dist_tags/latest", message: latest === void 0 ? "must be absent: every version is yanked" : `must be ${quote(latest)}, the newest non-yanked version` });
  }
  return out;
}
function assertValidDocument(doc, file) {
  const violations = documentViolations(doc);
  if (violations.length === 0) return;
  const shown2 = violations.slice(0, 20).map((v) => `  ${v.path || "/"}: ${v.message}`);
  if (violations.length > 20) shown2.push(`  … and ${violations.length - 20} more`);
  throw new PackdexError("PACKAGE_INVALID", `${file === void 0 ? "The package document" : quote(file)} breaks ${violations.length} rule${violations.length === 1 ? "" : "s"} of a package document:
${shown2.join("\n")}`, {
    value: file,
    path: violations[0]?.path,
    expected: "a package document as described by schemas/package.schema.json",
    fix: "Restore the file from the registry branch, or correct the values at the paths listed."
  });
}

// src/core/site/page-assets.ts
var PAGE_FILES = {
  "index.html": `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'">
<title>packdex registry</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/style.css">
<script src="assets/app.js" defer></script>
</head>
<body>
<header>
  <a id="home" href="#/">packdex registry</a>
  <p id="registry-description"></p>
  <label for="q">Search packages</label>
  <input id="q" type="search" placeholder="Search by name, description or keyword" autocomplete="off" spellcheck="false">
  <p id="status" role="status" aria-live="polite">Loading…</p>
</header>
<main>
  <ol id="results"></ol>
  <article id="package" hidden></article>
</main>
<footer>Static files served as they are: <a href="index.json">index.json</a> · <a href="registry.json">registry.json</a></footer>
<noscript>This page needs JavaScript to search; <a href="index.json">index.json</a> lists every package.</noscript>
</body>
</html>
`,
  "assets/app.js": '"use strict";\n(() => {\n  // src/core/format-bytes.ts\n  function formatBytes(n) {\n    if (n < 1024) return `${n} B`;\n    const units = ["KiB", "MiB", "GiB", "TiB"];\n    let v = n / 1024;\n    let i = 0;\n    while (v >= 1024 && i < units.length - 1) {\n      v /= 1024;\n      i++;\n    }\n    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;\n  }\n\n  // src/core/site/search-score.ts\n  function searchRow(entry) {\n    return { name: entry.ref.toLowerCase(), description: entry.description.toLowerCase(), keywords: entry.keywords.map((k) => k.toLowerCase()) };\n  }\n  function searchTerms(query) {\n    return query.toLowerCase().split(/\\s+/).filter(Boolean);\n  }\n  function searchScore(row, terms) {\n    let total = 0;\n    for (const term of terms) {\n      let best = 0;\n      if (row.name === term) best = 100;\n      else if (row.name.startsWith(term)) best = 60;\n      else if (row.name.includes(term)) best = 40;\n      else if (row.keywords.includes(term)) best = 30;\n      else if (row.keywords.some((k) => k.includes(term))) best = 20;\n      else if (row.description.includes(term)) best = 10;\n      else if (isSubsequence(term, row.name)) best = 5;\n      if (best === 0) return 0;\n      total += best;\n    }\n    return total;\n  }\n  function isSubsequence(needle, hay) {\n    let i = 0;\n    for (const ch of hay) if (ch === needle[i]) i++;\n    return i === needle.length;\n  }\n\n  // src/core/names/package-name.ts\n  function splitPackageName(full) {\n    const m = /^@([^/]+)\\/(.+)$/.exec(full);\n    return m === null ? { base: full } : { scope: m[1], base: m[2] };\n  }\n\n  // src/core/site/shard-path.ts\n  function packageDocumentPath(name) {\n    const { scope, base } = splitPackageName(name);\n    return `packages/${scope === void 0 ? "" : `@${scope}/`}${shardOf(base)}/${base}.json`;\n  }\n  function shardOf(name) {\n    const lower = name.toLowerCase();\n    switch (lower.length) {\n      case 1:\n        return "1";\n      case 2:\n        return "2";\n      case 3:\n        return `3/${lower[0]}`;\n      default:\n        return `${lower.slice(0, 2)}/${lower.slice(2, 4)}`;\n    }\n  }\n\n  // page/app.ts\n  var SHOWN = 50;\n  var $ = (id) => document.getElementById(id);\n  function el(tag, props = {}, ...children) {\n    const node = document.createElement(tag);\n    if (props.text !== void 0) node.textContent = props.text;\n    if (props.className !== void 0) node.className = props.className;\n    if (props.href !== void 0) node.href = props.href;\n    for (const child of children) node.append(child);\n    return node;\n  }\n  function safeLink(url) {\n    if (url === void 0) return document.createTextNode("—");\n    return /^https?:\\/\\//i.test(url) ? el("a", { text: url, href: url }) : document.createTextNode(url);\n  }\n  async function getJson(url) {\n    const response = await fetch(url, { cache: "no-cache" });\n    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);\n    return await response.json();\n  }\n  var rows = [];\n  function renderResults(query) {\n    const terms = searchTerms(query);\n    const matches = terms.length === 0 ? rows.map((row) => ({ row, s: 1 })) : rows.map((row) => ({ row, s: searchScore(row, terms) })).filter((m) => m.s > 0);\n    matches.sort((a, b) => b.s - a.s || (a.row.name < b.row.name ? -1 : 1));\n    const list = $("results");\n    list.replaceChildren(\n      ...matches.slice(0, SHOWN).map(\n        ({ row }) => el(\n          "li",\n          {},\n          el("a", { text: row.entry.ref, className: "name", href: `#/package/${encodeURIComponent(row.entry.ref)}` }),\n          el("span", { text: row.entry.version, className: "version" }),\n          el("div", { text: row.entry.description }),\n          el("div", { className: "keywords" }, ...row.entry.keywords.map((k) => el("span", { text: k })))\n        )\n      )\n    );\n    const shown = Math.min(matches.length, SHOWN);\n    $("status").textContent = terms.length === 0 ? `${rows.length} package${rows.length === 1 ? "" : "s"}${rows.length > shown ? ` (showing ${shown}; search to narrow)` : ""}` : `${matches.length} match${matches.length === 1 ? "" : "es"} for “${query.trim()}”${matches.length > shown ? ` (showing ${shown})` : ""}`;\n  }\n  function checksumOf(entry, type) {\n    return entry.install_sources.find((s) => s.type === type)?.checksum;\n  }\n  async function renderPackage(name) {\n    const article = $("package");\n    $("results").hidden = true;\n    article.hidden = false;\n    article.replaceChildren(el("p", { text: `Loading ${name}…`, className: "muted" }));\n    let doc;\n    try {\n      doc = await getJson(packageDocumentPath(name));\n    } catch (error) {\n      article.replaceChildren(el("h1", { text: name }), el("p", { text: `Could not load this package: ${error.message}` }));\n      return;\n    }\n    const latest = doc.dist_tags.latest;\n    const current = doc.versions.find((v) => v.version === latest) ?? doc.versions[doc.versions.length - 1];\n    const entry = current.entry;\n    const facts = [\n      ["Version", document.createTextNode(entry.version)],\n      ["Author", document.createTextNode(entry.email === void 0 ? entry.author : `${entry.author} <${entry.email}>`)],\n      ["License", document.createTextNode(entry.license)],\n      ["Homepage", safeLink(entry.homepage)],\n      ["Repository", safeLink(entry.repository)],\n      ["Owner", document.createTextNode(doc.owner)],\n      ["Runtimes", document.createTextNode(entry.runtime_deps.join(", ") || "—")],\n      ["Depends on", document.createTextNode(Object.entries(current.dependencies).map(([n, c]) => `${n} ${c}`).join(", ") || "—")]\n    ];\n    const install = `packdex install ${entry.ref}@${entry.version}`;\n    const copy = el("button", { text: "Copy" });\n    copy.addEventListener("click", () => void navigator.clipboard?.writeText(install).then(() => copy.textContent = "Copied"));\n    const kinds = Object.entries(entry.contents).filter(([, list]) => list.length > 0);\n    article.replaceChildren(\n      el("h1", { text: entry.label }, el("span", { text: entry.ref, className: "version" })),\n      el("p", { text: entry.description }),\n      el("div", { className: "keywords" }, ...entry.keywords.map((k) => el("span", { text: k }))),\n      el("h2", { text: "Install" }),\n      el("pre", {}, el("code", { text: install }), " ", copy),\n      el("table", {}, ...facts.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", {}, v)))),\n      el("h2", { text: "Contents" }),\n      kinds.length === 0 ? el("p", { text: "No components listed.", className: "muted" }) : el("div", {}, ...kinds.map(([kind, list]) => el("section", {}, el("h3", { text: `${kind} (${list.length})` }), el("ul", {}, ...list.map((c) => el("li", {}, el("code", { text: c.name }), c.description === "" ? "" : ` — ${c.description}`)))))),\n      el("h2", { text: "Versions" }),\n      el(\n        "table",\n        { className: "versions" },\n        el("tr", {}, ...["Version", "Published", "Size", "Archive checksum", "Git ref", "Tags"].map((h) => el("th", { text: h }))),\n        ...[...doc.versions].reverse().map(\n          (v) => el(\n            "tr",\n            {},\n            el("td", {}, v.version, v.yanked ? el("div", { text: `yanked${v.yanked_reason === void 0 ? "" : `: ${v.yanked_reason}`}`, className: "yanked" }) : ""),\n            el("td", { text: v.published_at.slice(0, 10) }),\n            el("td", { text: v.archive_size === void 0 ? "—" : formatBytes(v.archive_size) }),\n            el("td", {}, el("code", { text: checksumOf(v.entry, "archive") ?? checksumOf(v.entry, "git") ?? "—" })),\n            el("td", {}, el("code", { text: v.entry.install_sources.find((s) => s.type === "git")?.ref ?? "—" })),\n            el("td", {}, ...Object.entries(doc.dist_tags).filter(([, t]) => t === v.version).map(([tag]) => el("span", { text: tag, className: "tag" })))\n          )\n        )\n      )\n    );\n    document.title = `${entry.ref} · ${document.title.split(" · ").pop() ?? ""}`;\n  }\n  function route() {\n    const match = /^#\\/package\\/(.+)$/.exec(location.hash);\n    if (match) {\n      void renderPackage(decodeURIComponent(match[1]));\n      return;\n    }\n    $("package").hidden = true;\n    $("results").hidden = false;\n    renderResults($("q").value);\n  }\n  async function start() {\n    const input = $("q");\n    try {\n      const [identity, index] = await Promise.all([getJson("registry.json").catch(() => void 0), getJson("index.json")]);\n      const title = identity?.name ?? index.registry_name;\n      $("home").textContent = title;\n      document.title = title;\n      $("registry-description").textContent = identity?.description ?? "";\n      rows = index.packs.map((entry) => ({ entry, ...searchRow(entry) }));\n    } catch (error) {\n      $("status").textContent = `Could not load the registry: ${error.message}`;\n      return;\n    }\n    let pending = 0;\n    input.addEventListener("input", () => {\n      cancelAnimationFrame(pending);\n      pending = requestAnimationFrame(() => {\n        if (location.hash !== "" && location.hash !== "#/") location.hash = "#/";\n        else renderResults(input.value);\n      });\n    });\n    window.addEventListener("hashchange", route);\n    route();\n  }\n  void start();\n})();\n',
  "assets/style.css": ":root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --accent: #0969da; --warn: #9a6700; }\n@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --accent: #4493f8; --warn: #d29922; } }\n* { box-sizing: border-box; }\nbody { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }\na { color: var(--accent); }\nheader { border-bottom: 1px solid var(--line); padding-bottom: 1rem; }\n#home { font-size: 1.5rem; font-weight: 600; text-decoration: none; }\nlabel { display: block; font-weight: 600; margin-top: .5rem; }\ninput[type=search] { width: 100%; font: inherit; padding: .5rem .75rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }\n#status, .muted { color: var(--muted); }\n#results { list-style: none; padding: 0; }\n#results li { padding: .75rem 0; border-bottom: 1px solid var(--line); }\n#results .name { font-weight: 600; font-size: 1.1rem; }\n.version { color: var(--muted); margin-left: .5rem; font-family: ui-monospace, monospace; font-size: .9rem; }\n.keywords span, .tag { display: inline-block; margin: .25rem .25rem 0 0; padding: 0 .5rem; border: 1px solid var(--line); border-radius: 1rem; font-size: .8rem; }\n.yanked { color: var(--warn); font-weight: 600; }\ntable { border-collapse: collapse; width: 100%; font-size: .9rem; }\nth, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }\ncode, pre { font-family: ui-monospace, monospace; font-size: .85rem; }\npre { padding: .75rem; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }\ntd code { word-break: break-all; }\nbutton { font: inherit; font-size: .85rem; padding: .1rem .6rem; cursor: pointer; }\nfooter { margin-top: 2rem; font-size: .85rem; color: var(--muted); }\n"
};

// src/core/site/read-site.ts
var import_promises8 = require("node:fs/promises");
var import_node_path6 = __toESM(require("node:path"), 1);

// src/core/names/package-name.ts
var PACKAGE_NAME_PATTERN = /^(?:@[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9_-]*$/;
function splitPackageName(full) {
  const m = /^@([^/]+)\/(.+)$/.exec(full);
  return m === null ? { base: full } : { scope: m[1], base: m[2] };
}
function archiveStem(name, version) {
  return `${splitPackageName(name).base}-${version}`;
}
function archiveFileName(name, version) {
  const { scope } = splitPackageName(name);
  return `${scope === void 0 ? "" : `@${scope}/`}${archiveStem(name, version)}.tar.gz`;
}

// src/core/site/shard-path.ts
function packageDocumentPath(name) {
  const { scope, base } = splitPackageName(name);
  return `packages/${scope === void 0 ? "" : `@${scope}/`}${shardOf(base)}/${base}.json`;
}
function shardOf(name) {
  const lower = name.toLowerCase();
  switch (lower.length) {
    case 1:
      return "1";
    case 2:
      return "2";
    case 3:
      return `3/${lower[0]}`;
    default:
      return `${lower.slice(0, 2)}/${lower.slice(2, 4)}`;
  }
}

// src/core/site/read-site.ts
var MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
function parseRegistryIdentity(text, where) {
  const data = parseJsonText(text, where);
  const issues = validateSchema("registry", data);
  if (issues.length > 0) {
    const known = data?.format_version;
    throw new PackdexError("REGISTRY_INVALID", `${quote(where)} is not a registry.json this packdex understands: ${issues.map((i) => `${i.path || "/"} ${i.message}`).join("; ")}.`, {
      value: where,
      path: issues[0].path,
      expected: 'format "packdex-registry", format_version 1 (schemas/registry.schema.json)',
      fix: typeof known === "number" && known > 1 ? "Upgrade packdex: this registry uses a newer layout." : "Recreate it with packdex registry init --force, or restore it from the registry branch."
    });
  }
  return data;
}
async function readRegistryIdentity(registryDir) {
  const file = import_node_path6.default.join(registryDir, "registry.json");
  const text = await readTextIfExists(file);
  if (text === void 0) {
    throw new PackdexError("REGISTRY_NOT_FOUND", `${quote(registryDir)} is not a packdex registry: it has no registry.json.`, {
      value: registryDir,
      expected: "a folder made by packdex registry init",
      fix: `Create it with: packdex registry init ${registryDir} --name NAME --url https://…`
    });
  }
  return { identity: parseRegistryIdentity(text, file), text };
}
function parsePackageDocument(text, where, name) {
  const data = parseJsonText(text, where);
  assertValidDocument(data, where);
  if (name !== void 0 && data.name !== name) {
    throw new PackdexError("PACKAGE_INVALID", `${quote(where)} holds package ${quote(data.name)}, not ${quote(name)}.`, {
      value: data.name,
      expected: name,
      fix: `Move it to ${packageDocumentPath(data.name)}, or restore the file from the registry branch.`
    });
  }
  return data;
}
async function readPackageDocument(registryDir, name) {
  const file = import_node_path6.default.join(registryDir, packageDocumentPath(name));
  const text = await readTextIfExists(file);
  if (text === void 0) return void 0;
  return { doc: parsePackageDocument(text, file, name), text };
}
async function listPackageDocuments(registryDir, rel = "packages") {
  let entries;
  try {
    entries = await (0, import_promises8.readdir)(import_node_path6.default.join(registryDir, rel), { withFileTypes: true });
  } catch (cause) {
    if (cause.code === "ENOENT") return [];
    throw ioError("list", import_node_path6.default.join(registryDir, rel), cause);
  }
  const out = [];
  for (const e of entries) {
    const child = `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...await listPackageDocuments(registryDir, child));
    else if (e.isFile() && e.name.endsWith(".json")) out.push(child);
  }
  return out.sort(compareStrings);
}

// src/core/site/registry-transaction.ts
var import_node_crypto6 = require("node:crypto");
var import_promises12 = require("node:fs/promises");
var import_node_os2 = __toESM(require("node:os"), 1);
var import_node_path9 = __toESM(require("node:path"), 1);

// src/core/fs/write-file-atomic.ts
var import_node_crypto4 = require("node:crypto");
var import_promises9 = require("node:fs/promises");
var import_node_path7 = __toESM(require("node:path"), 1);
async function writeFileAtomic(target, data) {
  const dir = import_node_path7.default.dirname(target);
  const tmp = import_node_path7.default.join(dir, `.${import_node_path7.default.basename(target)}.${process.pid}.${(0, import_node_crypto4.randomBytes)(6).toString("hex")}.tmp`);
  try {
    await (0, import_promises9.mkdir)(dir, { recursive: true });
    const handle = await (0, import_promises9.open)(tmp, "wx", 420);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (0, import_promises9.rename)(tmp, target);
  } catch (cause) {
    await (0, import_promises9.rm)(tmp, { force: true });
    throw ioError("write", target, cause);
  }
}

// src/core/fs/file-change.ts
function isNoop(change) {
  return change.before === change.after;
}
async function applyFileChanges(changes) {
  for (const change of changes) {
    if (!isNoop(change)) await writeFileAtomic(change.path, change.after);
  }
}

// src/core/site/registry-lock.ts
var import_node_crypto5 = require("node:crypto");
var import_node_fs4 = require("node:fs");
var import_promises10 = require("node:fs/promises");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path8 = __toESM(require("node:path"), 1);
var import_promises11 = require("node:timers/promises");
var LOCK_FILE = ".packdex-lock";
var BREAK_FILE = ".packdex-lock.break";
var DEFAULT_LOCK_TIMEOUT_MS = 12e4;
var UNREADABLE_STALE_MS = 1e4;
function pidNamespace(pid) {
  try {
    return (0, import_node_fs4.readlinkSync)(`/proc/${pid}/ns/pid`);
  } catch {
    return void 0;
  }
}
function processStart(pid) {
  try {
    const text = (0, import_node_fs4.readFileSync)(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return void 0;
  }
}
function me(command) {
  const ns = pidNamespace("self");
  const start = processStart("self");
  return {
    pid: process.pid,
    host: import_node_os.default.hostname(),
    ...ns === void 0 ? {} : { pid_ns: ns },
    ...start === void 0 ? {} : { proc_start: start },
    command,
    since: (/* @__PURE__ */ new Date()).toISOString(),
    token: (0, import_node_crypto5.randomBytes)(8).toString("hex")
  };
}
function holderIsDead(holder) {
  if (holder.host !== import_node_os.default.hostname()) return false;
  const ns = pidNamespace("self");
  if (holder.pid_ns !== void 0 && ns !== void 0 && holder.pid_ns !== ns) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (cause) {
    return errnoOf(cause) === "ESRCH";
  }
  if (holder.proc_start === void 0) return false;
  const start = processStart(holder.pid);
  return start !== void 0 && start !== holder.proc_start;
}
function parseHolder(text) {
  try {
    const data = JSON.parse(text);
    return typeof data.pid === "number" && typeof data.host === "string" && typeof data.token === "string" ? data : void 0;
  } catch {
    return void 0;
  }
}
async function readHolder(file) {
  try {
    const [text, st] = await Promise.all([(0, import_promises10.readFile)(file, "utf8"), (0, import_promises10.stat)(file)]);
    return { holder: parseHolder(text), mtimeMs: st.mtimeMs };
  } catch (cause) {
    if (errnoOf(cause) === "ENOENT") return void 0;
    throw ioError("read the lock", file, cause);
  }
}
async function createExclusive(file, holder) {
  let handle;
  try {
    handle = await (0, import_promises10.open)(file, "wx", 420);
  } catch (cause) {
    if (errnoOf(cause) === "EEXIST") return false;
    throw ioError("create the lock", file, cause);
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}
`);
    await handle.sync();
  } catch (cause) {
    await handle.close().catch(() => void 0);
    await (0, import_promises10.unlink)(file).catch(() => void 0);
    throw ioError("write the lock", file, cause);
  }
  await handle.close();
  return true;
}
async function breakStaleLock(dir, staleToken, mtimeMs, self) {
  const breakFile = import_node_path8.default.join(dir, BREAK_FILE);
  if (!await createExclusive(breakFile, self)) {
    const seen = await readHolder(breakFile);
    if (seen !== void 0 && (seen.holder === void 0 ? Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS : holderIsDead(seen.holder))) {
      await (0, import_promises10.unlink)(breakFile).catch(() => void 0);
    }
    return false;
  }
  try {
    const now = await readHolder(import_node_path8.default.join(dir, LOCK_FILE));
    if (now === void 0 || now.holder?.token !== staleToken || now.mtimeMs !== mtimeMs) return false;
    await (0, import_promises10.unlink)(import_node_path8.default.join(dir, LOCK_FILE));
    return true;
  } finally {
    await (0, import_promises10.unlink)(breakFile).catch(() => void 0);
  }
}
function describeHolder(holder) {
  if (holder === void 0) return "an unknown process (the lock file is unreadable)";
  return `packdex ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
}
async function acquireRegistryLock(dir, options = {}) {
  const file = import_node_path8.default.join(dir, LOCK_FILE);
  const self = me(options.command ?? "change");
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  let pause = 10;
  const broken = [];
  for (; ; ) {
    if (await createExclusive(file, self)) {
      return {
        holder: self,
        broken,
        async release() {
          const now = await readHolder(file);
          if (now?.holder?.token === self.token) await (0, import_promises10.unlink)(file).catch(() => void 0);
        }
      };
    }
    const seen = await readHolder(file);
    if (seen === void 0) continue;
    const stale = seen.holder === void 0 ? Date.now() - seen.mtimeMs > UNREADABLE_STALE_MS : holderIsDead(seen.holder);
    if (stale) {
      if (await breakStaleLock(dir, seen.holder?.token, seen.mtimeMs, self)) broken.push(seen.holder);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new PackdexError("REGISTRY_LOCKED", `The registry ${quote(dir)} is locked by ${describeHolder(seen.holder)}; gave up after ${Math.round(timeoutMs / 100) / 10} s.`, {
        value: file,
        expected: "no other command changing the registry at the same time",
        fix: `Wait for that command to finish and run again (PACKDEX_LOCK_TIMEOUT=SECONDS waits longer). If that process no longer exists (it ran on another machine), remove ${file}.`
      });
    }
    if (!told) {
      told = true;
      options.onWait?.(seen.holder);
    }
    await (0, import_promises11.setTimeout)(Math.min(pause, Math.max(1, deadline - Date.now())) * (0.5 + Math.random()));
    pause = Math.min(pause * 2, 200);
  }
}

// src/core/site/registry-transaction.ts
var TX_DIR = ".packdex-tx";
var JOURNAL = "journal.json";
function flatName(name) {
  return name.replace(/[/\\]/g, "_");
}
function sha256(data) {
  return (0, import_node_crypto6.createHash)("sha256").update(data).digest("hex");
}
async function fsyncPath(p) {
  const handle = await (0, import_promises12.open)(p, "r");
  try {
    await handle.sync();
  } catch (cause) {
    if (!["EINVAL", "EISDIR", "EBADF"].includes(errnoOf(cause) ?? "")) throw cause;
  } finally {
    await handle.close();
  }
}
async function writeSynced(file, data) {
  const handle = await (0, import_promises12.open)(file, "wx", 420);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
function journalError(registryDir, why) {
  const file = import_node_path9.default.join(registryDir, TX_DIR, JOURNAL);
  return new PackdexError("REGISTRY_INVALID", `The change journal ${quote(file)} cannot be completed: ${why}.`, {
    value: file,
    expected: "a journal written by packdex, naming files inside the registry and staged files beside it",
    fix: `Inspect ${import_node_path9.default.join(registryDir, TX_DIR)}; if the registry's files are as they should be (packdex site build --check), remove that folder and run again.`
  });
}
function targetOf(registryDir, rel) {
  if (typeof rel !== "string" || rel === "" || rel.includes("\\") || import_node_path9.default.posix.isAbsolute(rel)) return void 0;
  const parts = rel.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..") || parts[0] === ".git" || parts[0] === TX_DIR) return void 0;
  return import_node_path9.default.join(registryDir, ...parts);
}
function parseJournal(registryDir, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw journalError(registryDir, "it is not JSON");
  }
  if (data?.format !== "packdex-journal" || data.format_version !== 1 || !Array.isArray(data.steps)) throw journalError(registryDir, "it is not a packdex journal of format 1");
  for (const step of data.steps) {
    if (targetOf(registryDir, step?.target) === void 0) throw journalError(registryDir, `it names ${quote(step?.target)}, which is not a file inside the registry`);
    if (typeof step.staged !== "string" || !/^[0-9]+-[^/\\]+$/.test(step.staged) || typeof step.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(step.sha256)) {
      throw journalError(registryDir, `its step for ${quote(step.target)} is malformed`);
    }
  }
  return data;
}
async function hashIfFile(file) {
  const st = await (0, import_promises12.lstat)(file).catch(() => void 0);
  return st?.isFile() === true ? hashFile(file) : void 0;
}
async function assertNoLinkOnTheWay(registryDir, rel) {
  let at = registryDir;
  for (const part of rel.split("/")) {
    at = import_node_path9.default.join(at, part);
    const st = await (0, import_promises12.lstat)(at).catch(() => void 0);
    if (st === void 0) return;
    if (st.isSymbolicLink()) throw journalError(registryDir, `${quote(rel)} is reached through the symbolic link ${quote(at)}`);
  }
}
async function applyJournal(registryDir, journal, atStep, stepName, found = false) {
  const txDir = import_node_path9.default.join(registryDir, TX_DIR);
  const dirs = /* @__PURE__ */ new Set([txDir]);
  const written = [];
  for (const [i, step] of journal.steps.entries()) {
    const target = targetOf(registryDir, step.target);
    if (found) await assertNoLinkOnTheWay(registryDir, step.target);
    const staged = import_node_path9.default.join(txDir, step.staged);
    const st = await (0, import_promises12.lstat)(staged).catch(() => void 0);
    if (st === void 0) {
      if (await hashIfFile(target) !== step.sha256) throw journalError(registryDir, `${quote(step.staged)} is gone and ${quote(step.target)} does not hold its bytes`);
    } else {
      if (!st.isFile() || found && await hashFile(staged) !== step.sha256) throw journalError(registryDir, `${quote(step.staged)} is not the file it journaled`);
      await (0, import_promises12.mkdir)(import_node_path9.default.dirname(target), { recursive: true });
      await (0, import_promises12.rename)(staged, target);
    }
    dirs.add(import_node_path9.default.dirname(target));
    written.push(target);
    atStep(stepName(i + 1));
  }
  for (const dir of dirs) await fsyncPath(dir);
  return written;
}
var LEGACY_LEFTOVER = /^\..+\.\d+(?:\.staged|\.[0-9a-f]{12}\.tmp)$/;
async function legacyLeftovers(registryDir) {
  let archives = "archives";
  try {
    const identity = JSON.parse(await (0, import_promises12.readFile)(import_node_path9.default.join(registryDir, "registry.json"), "utf8"));
    if (typeof identity.archives === "string" && targetOf(registryDir, identity.archives) !== void 0) archives = identity.archives;
  } catch {
  }
  const out = [];
  for (const dir of [registryDir, import_node_path9.default.join(registryDir, archives)]) {
    const names = await (0, import_promises12.readdir)(dir).catch(() => []);
    for (const name of names) if (LEGACY_LEFTOVER.test(name)) out.push(import_node_path9.default.join(dir, name));
  }
  return out;
}
async function recoverRegistry(registryDir, atStep = () => void 0) {
  const txDir = import_node_path9.default.join(registryDir, TX_DIR);
  const report = { brokenLocks: [], finished: [], removed: [] };
  const isFolder = (await (0, import_promises12.lstat)(txDir).catch(() => void 0))?.isDirectory() === true;
  const text = !isFolder ? void 0 : await (0, import_promises12.readFile)(import_node_path9.default.join(txDir, JOURNAL), "utf8").catch((cause) => {
    if (errnoOf(cause) === "ENOENT" || errnoOf(cause) === "ENOTDIR") return void 0;
    throw ioError("read the change journal", import_node_path9.default.join(txDir, JOURNAL), cause);
  });
  if (text !== void 0) {
    const journal = parseJournal(registryDir, text);
    report.finished = await applyJournal(registryDir, journal, atStep, (n) => `recovered-${n}`, true);
    await (0, import_promises12.unlink)(import_node_path9.default.join(txDir, JOURNAL));
    await fsyncPath(txDir);
  }
  const st = await (0, import_promises12.lstat)(txDir).catch(() => void 0);
  if (st !== void 0) {
    if (st.isDirectory()) {
      for (const name of await (0, import_promises12.readdir)(txDir)) if (name !== JOURNAL) report.removed.push(import_node_path9.default.join(txDir, name));
    }
    await (0, import_promises12.rm)(txDir, { recursive: true, force: true });
  }
  for (const file of await legacyLeftovers(registryDir)) {
    await (0, import_promises12.rm)(file, { force: true });
    report.removed.push(file);
  }
  return report;
}
async function openFolder(registryDir, create) {
  const st = await (0, import_promises12.stat)(registryDir).catch((cause) => {
    if (errnoOf(cause) === "ENOENT") return void 0;
    throw ioError("open the registry folder", registryDir, cause);
  });
  if (st !== void 0 && !st.isDirectory()) {
    throw new PackdexError("NOT_A_DIRECTORY", `The registry ${quote(registryDir)} is a file, not a folder.`, {
      value: registryDir,
      expected: "a registry folder (made by packdex registry init)",
      fix: "Pass the registry folder, or move the file that is in the way."
    });
  }
  if (st !== void 0) return false;
  if (!create) {
    throw new PackdexError("REGISTRY_NOT_FOUND", `${quote(registryDir)} is not a packdex registry: the folder does not exist.`, {
      value: registryDir,
      expected: "a folder made by packdex registry init",
      fix: `Create it with: packdex registry init ${registryDir} --name NAME --url https://…`
    });
  }
  try {
    await (0, import_promises12.mkdir)(registryDir, { recursive: true });
  } catch (cause) {
    throw ioError("create the registry folder", registryDir, cause);
  }
  return true;
}
function relTarget(registryDir, file) {
  const rel = import_node_path9.default.relative(registryDir, file);
  if (targetOf(registryDir, rel.split(import_node_path9.default.sep).join("/")) === void 0) {
    throw new PackdexError("USAGE", `A registry change may only write inside the registry, not ${quote(file)}.`, { value: file });
  }
  return rel.split(import_node_path9.default.sep).join("/");
}
async function stageAndJournal(registryDir, planned, madeDirs) {
  const txDir = import_node_path9.default.join(registryDir, TX_DIR);
  const steps = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (target, staged, hash) => {
    const rel = relTarget(registryDir, target);
    if (seen.has(rel)) throw new PackdexError("USAGE", `A registry change writes ${quote(rel)} twice.`, { value: rel });
    seen.add(rel);
    steps.push({ target: rel, staged: import_node_path9.default.basename(staged), sha256: hash });
  };
  for (const file of planned.files ?? []) {
    const existing = await hashIfFile(file.path);
    const hash = file.sha256 ?? await hashFile(file.source);
    if (existing === hash) continue;
    let staged = file.source;
    if (import_node_path9.default.dirname(import_node_path9.default.resolve(file.source)) !== txDir || !/^[0-9]+-/.test(import_node_path9.default.basename(file.source))) {
      staged = import_node_path9.default.join(txDir, `${steps.length}-${import_node_path9.default.basename(file.path)}`);
      await (0, import_promises12.copyFile)(file.source, staged);
    }
    await fsyncPath(staged);
    add(file.path, staged, hash);
  }
  for (const change of planned.changes) {
    if (isNoop(change)) continue;
    const staged = import_node_path9.default.join(txDir, `${steps.length}-${import_node_path9.default.basename(change.path)}`);
    await writeSynced(staged, change.after);
    add(change.path, staged, sha256(change.after));
  }
  for (const step of steps) madeDirs.push(...await prepareTarget(targetOf(registryDir, step.target)));
  return { format: "packdex-journal", format_version: 1, steps };
}
function inTheWay(file, what) {
  return new PackdexError("NOT_A_DIRECTORY", `Cannot write ${quote(file)}: ${what}.`, {
    value: file,
    expected: "the registry layout: folders where folders belong, files where files belong",
    fix: "Move what is in the way (or restore the registry from its branch) and run again; nothing was changed."
  });
}
async function prepareTarget(target) {
  const made = [];
  try {
    const first = await (0, import_promises12.mkdir)(import_node_path9.default.dirname(target), { recursive: true });
    if (first !== void 0) for (let dir = import_node_path9.default.dirname(target); dir.length >= first.length; dir = import_node_path9.default.dirname(dir)) made.push(dir);
  } catch (cause) {
    if (errnoOf(cause) === "EEXIST" || errnoOf(cause) === "ENOTDIR") throw inTheWay(target, "a file stands where one of its folders belongs");
    throw cause;
  }
  const st = await (0, import_promises12.lstat)(target).catch(() => void 0);
  if (st?.isDirectory() === true) throw inTheWay(target, "a folder stands where the file belongs");
  return made;
}
async function changeRegistry(registryDir, options, plan) {
  if (options.dryRun === true) {
    const scratch = await (0, import_promises12.mkdtemp)(import_node_path9.default.join(import_node_os2.default.tmpdir(), "packdex-dry-run-"));
    try {
      let n = 0;
      const planned = await plan({ stagingPath: (name) => import_node_path9.default.join(scratch, `${n++}-${flatName(name)}`) });
      return { value: planned.value, written: [] };
    } finally {
      await (0, import_promises12.rm)(scratch, { recursive: true, force: true });
    }
  }
  const atStep = options.atStep ?? (() => void 0);
  const made = await openFolder(registryDir, options.create === true);
  const txDir = import_node_path9.default.join(registryDir, TX_DIR);
  let lock;
  try {
    lock = await acquireRegistryLock(registryDir, options);
  } catch (error) {
    if (made) await (0, import_promises12.rmdir)(registryDir).catch(() => void 0);
    throw error;
  }
  let committed = false;
  let recovered = false;
  const madeDirs = [];
  try {
    const report = { ...await recoverRegistry(registryDir, atStep), brokenLocks: lock.broken };
    recovered = true;
    if (report.brokenLocks.length > 0 || report.finished.length > 0 || report.removed.length > 0) options.onRecover?.(report);
    atStep("locked");
    let n = 0;
    const ctx = { stagingPath: (name) => import_node_path9.default.join(txDir, `${n++}-s-${flatName(name)}`) };
    await (0, import_promises12.mkdir)(txDir, { recursive: true }).catch((cause) => {
      throw ioError("create the staging folder", txDir, cause);
    });
    const planned = await plan(ctx);
    atStep("planned");
    let journal;
    try {
      journal = await stageAndJournal(registryDir, planned, madeDirs);
    } catch (cause) {
      throw ioError("stage the change in", txDir, cause);
    }
    if (journal.steps.length === 0) return { value: planned.value, written: [] };
    atStep("staged");
    const journalFile = import_node_path9.default.join(txDir, JOURNAL);
    try {
      const tmp = import_node_path9.default.join(txDir, `${JOURNAL}.${(0, import_node_crypto6.randomBytes)(4).toString("hex")}.tmp`);
      await writeSynced(tmp, `${JSON.stringify(journal, null, 2)}
`);
      await (0, import_promises12.rename)(tmp, journalFile);
      await fsyncPath(txDir);
    } catch (cause) {
      throw ioError("write the change journal", journalFile, cause);
    }
    committed = true;
    atStep("journaled");
    let written;
    try {
      written = await applyJournal(registryDir, journal, atStep, (k) => `applied-${k}`);
    } catch (cause) {
      throw ioError("apply the journaled change to", registryDir, cause);
    }
    atStep("synced");
    await (0, import_promises12.unlink)(journalFile);
    await fsyncPath(txDir);
    atStep("unjournaled");
    return { value: planned.value, written };
  } finally {
    if (recovered && (!committed || !await (0, import_promises12.lstat)(import_node_path9.default.join(txDir, JOURNAL)).catch(() => void 0))) {
      await (0, import_promises12.rm)(txDir, { recursive: true, force: true }).catch(() => void 0);
    }
    if (!committed) for (const dir of madeDirs) await (0, import_promises12.rmdir)(dir).catch(() => void 0);
    await lock.release();
    if (made && !committed) await (0, import_promises12.rmdir)(registryDir).catch(() => void 0);
  }
}

// src/core/site/build-site.ts
var PAGE_OUTPUT = [...Object.entries(PAGE_FILES), [".nojekyll", ""]];
var SITE_FILES = ["index.json", ...PAGE_OUTPUT.map(([rel]) => rel)];
async function planSiteBuild(registryDir, identityOverride) {
  const { identity, files, packages } = await buildSiteFiles(registryDir, identityOverride);
  const changes = await Promise.all(files.map(async ([rel, after]) => ({ path: import_node_path10.default.join(registryDir, rel), before: await readTextIfExists(import_node_path10.default.join(registryDir, rel)), after })));
  return { identity, changes, packages };
}
async function buildSiteFiles(registryDir, identityOverride) {
  const identity = identityOverride ?? (await readRegistryIdentity(registryDir)).identity;
  const files = await listPackageDocuments(registryDir);
  const packs = [];
  let lastUpdated = identity.created_at;
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const docs = await Promise.all(
      files.slice(i, i + BATCH).map(async (rel) => {
        const file = import_node_path10.default.join(registryDir, rel);
        const doc = parsePackageDocument(await readTextIfExists(file) ?? "", file);
        if (rel !== packageDocumentPath(doc.name)) {
          throw new PackdexError("PACKAGE_INVALID", `${quote(file)} holds package ${quote(doc.name)}, whose document belongs at ${packageDocumentPath(doc.name)}.`, {
            value: rel,
            expected: packageDocumentPath(doc.name),
            fix: "Move the file to where its name says, or restore it from the registry branch."
          });
        }
        return doc;
      })
    );
    for (const doc of docs) {
      const entry = indexEntryFor(doc, identity);
      if (entry !== void 0) packs.push(entry);
      if (doc.index_updated_at > lastUpdated) lastUpdated = doc.index_updated_at;
    }
  }
  packs.sort((a, b) => compareStrings(a.ref, b.ref));
  const index = { registry_name: identity.name, registry_url: identity.url, version: "1.0", last_updated: lastUpdated, packs };
  return { identity, files: [["index.json", serializeIndex(index)], ...PAGE_OUTPUT.map(([rel, text]) => [rel, text])], packages: files.length };
}
async function buildSite(registryDir, options = {}) {
  const { value, written } = await changeRegistry(registryDir, { command: "site build", ...options }, async () => {
    const plan = await planSiteBuild(registryDir);
    return { value: plan, changes: plan.changes };
  });
  return { ...value, written };
}

// src/core/site/init-registry.ts
function isPlaceholderUrl(url) {
  const host = new URL(url).hostname.toLowerCase();
  return /(?:^|\.)(?:example|invalid|test|localhost)$/.test(host) || /(?:^|\.)example\.(?:com|net|org)$/.test(host);
}
function isHttpsUrl(value) {
  try {
    checkHttpsUrl(value, "Registry URL");
    return true;
  } catch {
    return false;
  }
}
function previousAddresses(text) {
  if (text === void 0) return [];
  try {
    const data = JSON.parse(text);
    const former = Array.isArray(data.former_urls) ? data.former_urls : [];
    return [...former, data.url].filter((u) => typeof u === "string");
  } catch {
    return [];
  }
}
function serializeIdentity(identity) {
  return `${JSON.stringify(identity, null, 2)}
`;
}
async function planInitRegistry(settings) {
  if (settings.name.trim() === "") {
    throw new PackdexError("USAGE", "The registry name must not be empty.", { value: settings.name, fix: 'Pass --name "My registry".' });
  }
  const file = import_node_path11.default.join(settings.registryDir, "registry.json");
  const before = await (0, import_promises13.readFile)(file, "utf8").catch(() => void 0);
  const indexExists = await (0, import_promises13.readFile)(import_node_path11.default.join(settings.registryDir, "index.json"), "utf8").then(
    () => true,
    () => false
  );
  if ((before !== void 0 || indexExists) && !settings.force) {
    throw new PackdexError("REGISTRY_EXISTS", `${quote(settings.registryDir)} already holds a registry.`, {
      value: settings.registryDir,
      expected: "an empty or new folder",
      fix: "Choose another folder, or pass --force to rewrite registry.json (packages are kept and index.json is rebuilt from them)."
    });
  }
  const createdAt = before === void 0 ? void 0 : /"created_at":\s*"([^"]+)"/.exec(before)?.[1];
  const url = checkHttpsUrl(settings.url, "Registry URL").replace(/\/+$/, "");
  const former = [...new Set(previousAddresses(before).map((u) => u.replace(/\/+$/, "")))].filter((u) => u !== url && isHttpsUrl(u));
  const identity = {
    format: "packdex-registry",
    format_version: 1,
    name: settings.name,
    url,
    ...former.length === 0 ? {} : { former_urls: former },
    ...settings.description === void 0 ? {} : { description: settings.description },
    created_at: createdAt !== void 0 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(createdAt) ? createdAt : formatTimestamp(settings.now),
    index: "index.json",
    packages: "packages",
    archives: "archives"
  };
  const site = await planSiteBuild(settings.registryDir, identity);
  const warnings = [];
  if (isPlaceholderUrl(url)) {
    warnings.push(`registry.json's url ${quote(url)} is a placeholder, not where the registry is served: index.json's registry_url and archive URLs use it. When you know the address, run packdex registry init ${settings.registryDir} --force --url https://… (no version is stranded: archive paths are relative to the registry).`);
  }
  return { identity, changes: [{ path: file, before, after: serializeIdentity(identity) }, ...site.changes], warnings };
}
async function initRegistry(settings, options = {}) {
  const { value, written } = await changeRegistry(settings.registryDir, { command: "registry init", ...options, create: true }, async () => {
    const plan = await planInitRegistry(settings);
    return { value: plan, changes: plan.changes };
  });
  return { ...value, written };
}

// src/core/site/publish-to-folder.ts
var import_promises16 = require("node:fs/promises");
var import_node_path21 = __toESM(require("node:path"), 1);

// src/core/checksum/parse-checksum.ts
var HEX_LENGTH = { sha256: 64, sha512: 128 };
var INSECURE = /* @__PURE__ */ new Set(["md5", "sha1", "sha-1"]);
var EXPECTED = "'sha256:<64 hex>', 'sha512:<128 hex>', or a bare 64-hex SHA-256";
function parseChecksum(input) {
  const text = input.trim();
  const colon = text.indexOf(":");
  const algorithmText = colon === -1 ? void 0 : text.slice(0, colon).toLowerCase();
  const digest = (colon === -1 ? text : text.slice(colon + 1)).toLowerCase();
  if (algorithmText !== void 0 && INSECURE.has(algorithmText)) {
    throw new PackdexError("CHECKSUM_INSECURE", `Checksum ${quote(input)} uses ${algorithmText}, which is not secure.`, {
      value: input,
      expected: EXPECTED,
      fix: "Compute a SHA-256 checksum instead (packdex checksum FILE)."
    });
  }
  if (algorithmText !== void 0 && algorithmText !== "sha256" && algorithmText !== "sha512") {
    throw new PackdexError("CHECKSUM_ALGORITHM", `Checksum ${quote(input)} names an unsupported algorithm '${algorithmText}'.`, {
      value: input,
      expected: EXPECTED,
      fix: "Use sha256 (or sha512)."
    });
  }
  const algorithm = algorithmText ?? "sha256";
  const length = HEX_LENGTH[algorithm];
  if (!/^[0-9a-f]*$/.test(digest) || digest.length !== length) {
    const reason = /^[0-9a-f]*$/.test(digest) ? `has ${digest.length} hex digits, not ${length}` : "is not hexadecimal";
    throw new PackdexError("CHECKSUM_INVALID", `Checksum ${quote(input)} ${reason}.`, {
      value: input,
      expected: EXPECTED,
      fix: "Copy the full digest printed by packdex checksum or sha256sum."
    });
  }
  return { algorithm, hex: digest };
}
function formatChecksum(checksum) {
  return `${checksum.algorithm}:${checksum.hex}`;
}
function parseSha256(input) {
  const parsed = parseChecksum(input);
  if (parsed.algorithm !== "sha256") {
    throw new PackdexError("CHECKSUM_ALGORITHM", `Checksum ${quote(input)} is ${parsed.algorithm}; index entries record SHA-256.`, {
      value: input,
      expected: "'sha256:<64 hex>'",
      fix: "Compute the SHA-256 of the archive (packdex checksum FILE)."
    });
  }
  return formatChecksum(parsed);
}
function checksumsEqual(a, b) {
  const pa = parseChecksum(a);
  const pb = parseChecksum(b);
  return pa.algorithm === pb.algorithm && pa.hex === pb.hex;
}

// src/core/entry/build-entry.ts
function buildEntry(manifest, contents, sources) {
  const installSources = [];
  if (sources.git !== void 0) {
    const git2 = {
      type: "git",
      url: checkHttpsUrl(sources.git.url, "Git URL"),
      ref: checkGitRef(sources.git.ref),
      checksum: parseSha256(sources.git.checksum)
    };
    installSources.push(git2);
  }
  if (sources.archive !== void 0) {
    const archive = {
      type: "archive",
      url: checkHttpsUrl(sources.archive.url, "Archive URL"),
      checksum: parseSha256(sources.archive.checksum)
    };
    installSources.push(archive);
  }
  if (installSources.length === 0) {
    throw new PackdexError("ENTRY_SOURCES_MISSING", `Pack ${quote(manifest.ref)} has no install source.`, {
      expected: "a git source (--git-url and --git-ref), an archive source (--archive-url), or both",
      fix: "Pass --git-url URL --git-ref REF, or --archive-url URL with --archive FILE or --archive-checksum SUM."
    });
  }
  const { inline: _inline, ...fields } = manifest;
  return canonicalEntry({
    ...fields,
    install_sources: installSources,
    contents
  });
}

// src/core/profiles/aam/aam-profile.ts
var import_node_fs6 = require("node:fs");
var import_node_path15 = __toESM(require("node:path"), 1);
var import_semver7 = __toESM(require_semver2(), 1);

// src/core/profiles/describe-helpers.ts
var import_promises15 = require("node:fs/promises");
var import_node_path13 = __toESM(require("node:path"), 1);
var import_semver5 = __toESM(require_semver2(), 1);

// src/core/profiles/manifest-checks.ts
var import_promises14 = require("node:fs/promises");
var import_node_path12 = __toESM(require("node:path"), 1);
var import_semver4 = __toESM(require_semver2(), 1);
function reportOf(root, profile, checks, extra) {
  return { packDir: root, profile, checks, counts: countChecks(checks), stopped: false, ...extra };
}
async function loadManifestCheck(root, file, required) {
  try {
    const text = await (0, import_promises14.readFile)(import_node_path12.default.join(root, file), "utf8").catch((cause) => {
      if (cause.code === "ENOENT") throw new PackdexError("MANIFEST_NOT_FOUND", `${file} is missing.`, { fix: `Add ${file} with ${required}.` });
      throw cause;
    });
    return { check: { name: "manifest", status: "PASS", detail: `${file} found and parsed`, locations: [] }, parsed: parseYamlMapping(text, file, file) };
  } catch (cause) {
    if (!(cause instanceof PackdexError)) throw cause;
    return { check: { name: "manifest", status: "FAIL", detail: cause.message, fix: cause.fix, locations: [{ file, line: cause.line, column: cause.column, message: cause.message }] } };
  }
}
function isUnknownTopLevelKey(issue) {
  return issue.keyword === "additionalProperties" && issue.path.split("/").length === 2;
}
function schemaChecks(schema, parsed, fix) {
  const file = parsed.file;
  const at = (pointer) => parsed.locate(pointer).line;
  const issues = validateSchema(schema, parsed.data);
  const unknown = issues.filter(isUnknownTopLevelKey);
  const broken = issues.filter((i) => !unknown.includes(i));
  return [
    broken.length === 0 ? { name: "schema", status: "PASS", detail: `matches schemas/${schema}.schema.json`, locations: [] } : { name: "schema", status: "FAIL", detail: broken.map((i) => `${i.path || "/"} ${i.message}`).join("; "), fix, locations: broken.map((i) => ({ file, line: at(i.path), message: `${i.path || "/"} ${i.message}` })) },
    unknown.length === 0 ? { name: "unknown-keys", status: "PASS", detail: "no unknown keys", locations: [] } : { name: "unknown-keys", status: "WARN", detail: unknown.map((i) => i.message).join("; "), fix: `Remove the keys, or check their spelling against schemas/${schema}.schema.json.`, locations: unknown.map((i) => ({ file, line: at(i.path), message: i.message })) }
  ];
}
function versionChecks(parsed, expectVersion) {
  const file = parsed.file;
  const line = parsed.locate("/version").line;
  const version = typeof parsed.data.version === "string" ? parsed.data.version : void 0;
  const checks = [
    version !== void 0 && import_semver4.default.valid(version) !== null ? { name: "version", status: "PASS", detail: `version ${quote(version)}`, locations: [] } : { name: "version", status: "FAIL", detail: `version ${quote(version ?? "(missing)")} is not a semantic version`, fix: 'Set version: to MAJOR.MINOR.PATCH, e.g. "1.2.3".', locations: [{ file, line, message: "not a semantic version" }] }
  ];
  if (expectVersion !== void 0) {
    const expected = versionFromTag(expectVersion);
    checks.push(
      expected === version ? { name: "expected-version", status: "PASS", detail: `version matches ${quote(expectVersion)}`, locations: [] } : { name: "expected-version", status: "FAIL", detail: `${file} says version ${quote(version ?? "(missing)")} but ${quote(expected)} is being released`, fix: `Set version: "${expected}" in ${file}, or release the tag v${version ?? ""}.`, locations: [{ file, line, message: `version is not ${expected}` }] }
    );
  }
  return checks;
}
function standardChecks(schema, parsed, schemaFix, expectVersion) {
  const license = parsed.data.license;
  return [
    ...schemaChecks(schema, parsed, schemaFix),
    ...versionChecks(parsed, expectVersion),
    checkLicense(typeof license === "string" ? license : void 0, parsed.file, license === void 0 ? void 0 : parsed.locate("/license").line)
  ];
}
function metadataCheck(parsed, keys) {
  const missing = keys.filter((k) => typeof parsed.data[k] !== "string" || parsed.data[k] === "");
  return missing.length === 0 ? { name: "metadata", status: "PASS", detail: `${keys.join(" and ")} present`, locations: [] } : { name: "metadata", status: "WARN", detail: `no ${missing.join(" or ")}`, fix: `Add ${missing.join(" and ")} to ${parsed.file}.`, locations: [{ file: parsed.file, line: 1, message: `no ${missing.join(" or ")}` }] };
}

// src/core/profiles/describe-helpers.ts
async function loadYamlManifest(root, file, schema) {
  const text = await (0, import_promises15.readFile)(import_node_path13.default.join(root, file), "utf8").catch((cause) => {
    if (cause.code === "ENOENT") {
      throw new PackdexError("MANIFEST_NOT_FOUND", `${file} is missing in ${quote(root)}.`, { value: root, path: file, fix: `Add ${file}, or pass --profile for the package's kind.` });
    }
    throw ioError("read", import_node_path13.default.join(root, file), cause);
  });
  const parsed = parseYamlMapping(text, file, file);
  const problem = validateSchema(schema, parsed.data).find((i) => !isUnknownTopLevelKey(i));
  if (problem !== void 0) {
    const { line, column } = parsed.locate(problem.path);
    throw new PackdexError("MANIFEST_SCHEMA", `${file}:${line}: ${problem.path || "/"} ${problem.message}.`, {
      value: problem.path,
      expected: `a manifest matching schemas/${schema}.schema.json`,
      fix: `Correct ${problem.path || "the manifest"} in ${file} (packdex audit lists every problem).`,
      path: file,
      line,
      column
    });
  }
  return parsed;
}
function agreedVersion(file, declared, requested, line) {
  const version = declared ?? requested;
  if (version === void 0) {
    throw new PackdexError("MANIFEST_VERSION_INVALID", `${file} declares no version, and none was given.`, {
      path: file,
      expected: "a version in the manifest, or one passed with --version (or from the release tag)",
      fix: `Set the version in ${file}, or pass --version X.Y.Z.`
    });
  }
  if (import_semver5.default.valid(version) === null || import_semver5.default.clean(version) !== version) {
    throw new PackdexError("MANIFEST_VERSION_INVALID", `${file}: version ${quote(version)} is not a semantic version packdex can index.`, {
      value: version,
      path: file,
      line,
      expected: "MAJOR.MINOR.PATCH, optionally with a -prerelease (e.g. 1.2.0, 2.0.0-rc.1)",
      fix: `Set the version in ${file} to a semantic version, e.g. ${import_semver5.default.coerce(version)?.version ?? "1.0.0"}.`
    });
  }
  if (requested !== void 0 && requested !== version) {
    throw new PackdexError("MANIFEST_VERSION_MISMATCH", `${file} says version ${quote(version)} but ${quote(requested)} is being published.`, {
      value: requested,
      expected: version,
      path: file,
      line,
      fix: `Set the version in ${file} to "${requested}", or publish ${version}.`
    });
  }
  return version;
}
function indexName(file, name, how) {
  if (!PACKAGE_NAME_PATTERN.test(name)) {
    throw new PackdexError("MANIFEST_REF_INVALID", `${file}: name ${quote(name)} cannot be a package name${how}.`, {
      value: name,
      expected: PACKAGE_NAME_PATTERN.source,
      path: file,
      fix: `Rename the package in ${file}: lowercase letters, digits, - and _, starting with a letter or digit.`
    });
  }
  return name;
}
function webUrl(value) {
  return typeof value === "string" && /^https?:\/\/\S+$/.test(value) ? value : void 0;
}
function repositoryUrl(value) {
  return typeof value === "string" && /^https:\/\/\S+$/.test(value) ? value : void 0;
}
function packsOf(deps) {
  const list = Object.entries(deps ?? {}).map(([n, c]) => `${n}@${c.trim()}`).sort();
  return list.length === 0 ? void 0 : list;
}
function manifestRule(parsed, pointer, message, fix) {
  const { line, column } = parsed.locate(pointer);
  return new PackdexError("MANIFEST_SCHEMA", `${parsed.file}:${line}: ${message}.`, { value: pointer, path: parsed.file, line, column, fix });
}

// src/core/profiles/aam/audit-aam.ts
var import_node_fs5 = require("node:fs");
var import_node_path14 = __toESM(require("node:path"), 1);
var import_semver6 = __toESM(require_semver2(), 1);
var AAM_MANIFEST = "aam.yaml";
var ARTIFACT_KINDS = ["agents", "skills", "prompts", "instructions"];
var RANGE_FIX = 'Use a semver range such as ">=1.0.0", "^1.2.0" or "~1.2.3".';
function leavesPackage(root, rel) {
  return import_node_path14.default.isAbsolute(rel) || !import_node_path14.default.resolve(root, rel).startsWith(`${import_node_path14.default.resolve(root)}${import_node_path14.default.sep}`);
}
async function auditAam(root, options = {}) {
  const { check, parsed } = await loadManifestCheck(root, AAM_MANIFEST, "name, version and artifacts");
  const checks = [check];
  if (parsed === void 0) return reportOf(root, "aam", checks, { stopped: true });
  const { data, file } = parsed;
  const at = (pointer) => parsed.locate(pointer).line;
  checks.push(...standardChecks("aam", parsed, "Correct the values at the paths listed (schemas/aam.schema.json). Names are lowercase letters, digits and hyphens, optionally under @scope/.", options.expectVersion));
  const artifacts = data.artifacts ?? {};
  const problems = [];
  let total = 0;
  for (const kind2 of ARTIFACT_KINDS) {
    const list = Array.isArray(artifacts[kind2]) ? artifacts[kind2] : [];
    const seen = /* @__PURE__ */ new Set();
    list.forEach((a, i) => {
      total++;
      const pointer = `/artifacts/${kind2}/${i}`;
      if (typeof a.name === "string") {
        if (seen.has(a.name)) problems.push({ pointer: `${pointer}/name`, message: `duplicate ${kind2} name ${quote(a.name)}` });
        seen.add(a.name);
      }
      if (typeof a.path === "string") {
        if (leavesPackage(root, a.path)) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} leaves the package` });
        else if (!(0, import_node_fs5.existsSync)(import_node_path14.default.resolve(root, a.path))) problems.push({ pointer: `${pointer}/path`, message: `${quote(a.path)} does not exist` });
      }
    });
  }
  checks.push(
    problems.length > 0 ? { name: "artifacts", status: "FAIL", detail: problems.map((p) => p.message).join("; "), fix: "Point each artifact at a file or folder inside the package, with a name unique within its kind.", locations: problems.map((p) => ({ file, line: at(p.pointer), message: p.message })) } : total === 0 ? { name: "artifacts", status: "WARN", detail: "the package declares no artifacts", fix: "List the agents, skills, prompts or instructions the package installs under artifacts:.", locations: [{ file, line: at("/artifacts"), message: "no artifacts" }] } : { name: "artifacts", status: "PASS", detail: ARTIFACT_KINDS.map((k) => `${Array.isArray(artifacts[k]) ? artifacts[k].length : 0} ${k}`).join(", "), locations: [] }
  );
  const deps = data.dependencies !== null && typeof data.dependencies === "object" ? data.dependencies : {};
  const badRanges = Object.entries(deps).filter(([, c]) => typeof c !== "string" || import_semver6.default.validRange(c) === null);
  checks.push(
    badRanges.length === 0 ? { name: "dependencies", status: "PASS", detail: `${Object.keys(deps).length} dependencies with semver constraints`, locations: [] } : {
      name: "dependencies",
      status: "FAIL",
      detail: badRanges.map(([n, c]) => `${n}: ${quote(c)} is not a semver constraint`).join("; "),
      fix: RANGE_FIX,
      locations: badRanges.map(([n]) => ({ file, line: at(`/dependencies/${pointerKey(n)}`), message: `${n} has no valid constraint` }))
    }
  );
  checks.push(metadataCheck(parsed, ["description", "author"]));
  return reportOf(root, "aam", checks, checks.some((c) => c.status === "FAIL") ? {} : { aam: data });
}

// src/core/profiles/aam/aam-profile.ts
var aamProfile = {
  name: "aam",
  marker: AAM_MANIFEST,
  detect: (dir) => (0, import_node_fs6.existsSync)(import_node_path15.default.join(dir, AAM_MANIFEST)),
  audit: (dir, options) => auditAam(dir, options),
  async describe(dir, options) {
    const parsed = await loadYamlManifest(dir, AAM_MANIFEST, "aam");
    const m = parsed.data;
    const version = agreedVersion(AAM_MANIFEST, m.version, options.version, parsed.locate("/version").line);
    const contents = emptyAttuneContents();
    for (const kind2 of ARTIFACT_KINDS) {
      const list = m.artifacts?.[kind2] ?? [];
      list.forEach((a, i) => {
        if (leavesPackage(dir, a.path)) {
          throw manifestRule(parsed, `/artifacts/${kind2}/${i}/path`, `${kind2} ${a.name}: path '${a.path}' leaves the package`, "Point the artifact at a file or folder inside the package.");
        }
      });
      if (list.length > 0) contents[kind2] = sortComponents(list.map((a) => ({ name: a.name, description: a.description ?? "" })));
    }
    for (const [name, range] of Object.entries(m.dependencies ?? {})) {
      if (import_semver7.default.validRange(range) === null) throw manifestRule(parsed, `/dependencies/${pointerKey(name)}`, `dependency ${name}: '${range}' is not a semver constraint`, RANGE_FIX);
    }
    const packs = packsOf(m.dependencies);
    return {
      profile: "aam",
      manifest: {
        ref: indexName(AAM_MANIFEST, m.name, ""),
        label: m.name,
        description: m.description ?? "",
        version,
        author: m.author !== void 0 && m.author !== "" ? m.author : "Unknown",
        repository: repositoryUrl(m.repository),
        license: m.license !== void 0 && m.license !== "" ? m.license : "NOASSERTION",
        keywords: [...new Set(m.keywords ?? [])].sort(),
        runtime_deps: [],
        ...packs === void 0 ? {} : { dependencies: { packs } },
        meta: { profile: "aam" }
      },
      contents
    };
  }
};

// src/core/profiles/attune/attune-profile.ts
var import_node_fs7 = require("node:fs");
var import_node_path16 = __toESM(require("node:path"), 1);

// src/core/describe-pack.ts
async function describePack(packDir) {
  const loaded = await loadManifest(packDir);
  const { contents, findings } = await discoverContents(packDir, loaded.manifest);
  const all = [...loaded.findings, ...findings];
  const failure = all.find((f) => f.severity === "fail");
  if (failure !== void 0) {
    const where = failure.file === void 0 ? "" : ` (${failure.file}${failure.line === void 0 ? "" : `:${failure.line}`})`;
    throw new PackdexError(failure.code, `${failure.message}${where}.`, {
      value: failure.value,
      expected: failure.expected,
      fix: failure.fix ?? "Run packdex audit for the full list of problems.",
      path: failure.file,
      line: failure.line,
      column: failure.column
    });
  }
  return { manifest: loaded.manifest, contents, warnings: all.filter((f) => f.severity === "warn") };
}

// src/core/profiles/attune/attune-profile.ts
var attuneProfile = {
  name: "attune",
  marker: "pack.yaml",
  detect: (dir) => MANIFEST_NAMES.some((n) => (0, import_node_fs7.existsSync)(import_node_path16.default.join(dir, n))),
  audit: (dir, options) => runAudit(dir, options),
  async describe(dir, options) {
    const { manifest, contents, warnings } = await describePack(dir);
    agreedVersion("pack.yaml", manifest.version, options.version);
    return { profile: "attune", manifest, contents, warnings };
  }
};

// src/core/profiles/dbpm/dbpm-profile.ts
var import_node_fs8 = require("node:fs");
var import_node_path17 = __toESM(require("node:path"), 1);

// src/core/profiles/dbpm/audit-dbpm.ts
var DBPM_MANIFEST = "dbpm.yaml";
var CORE_FIX = "Core is the implicit substrate every dbpm package runs on: remove it from dependencies and set core_minimum_version instead.";
async function auditDbpm(root, options = {}) {
  const { check, parsed } = await loadManifestCheck(root, DBPM_MANIFEST, "at least name and version");
  const checks = [check];
  if (parsed === void 0) return reportOf(root, "dbpm", checks, { stopped: true });
  const { data, file } = parsed;
  const at = (pointer) => parsed.locate(pointer).line;
  checks.push(...standardChecks("dbpm", parsed, "Correct the values at the paths listed (schemas/dbpm.schema.json). Dependency constraints are exact (1.2.3), ~1.2.3 or ^1.2.3.", options.expectVersion));
  const deps = data.dependencies !== null && typeof data.dependencies === "object" ? Object.keys(data.dependencies) : [];
  checks.push(
    deps.includes("core") ? {
      name: "core",
      status: "FAIL",
      detail: "core is listed as a dependency",
      fix: CORE_FIX,
      locations: [{ file, line: at("/dependencies/core"), message: "core is not an ordinary dependency" }]
    } : { name: "core", status: "PASS", detail: "Core is not listed as an ordinary dependency", locations: [] }
  );
  checks.push(metadataCheck(parsed, ["description", "vendor"]));
  return reportOf(root, "dbpm", checks, checks.some((c) => c.status === "FAIL") ? {} : { dbpm: data });
}

// src/core/profiles/dbpm/dbpm-profile.ts
var dbpmProfile = {
  name: "dbpm",
  marker: DBPM_MANIFEST,
  detect: (dir) => (0, import_node_fs8.existsSync)(import_node_path17.default.join(dir, DBPM_MANIFEST)),
  audit: (dir, options) => auditDbpm(dir, options),
  async describe(dir, options) {
    const parsed = await loadYamlManifest(dir, DBPM_MANIFEST, "dbpm");
    const m = parsed.data;
    const version = agreedVersion(DBPM_MANIFEST, m.version, options.version, parsed.locate("/version").line);
    if (m.dependencies?.core !== void 0) throw manifestRule(parsed, "/dependencies/core", "core is listed as a dependency", CORE_FIX);
    const packs = packsOf(m.dependencies);
    const meta = { profile: "dbpm" };
    if (m.core_minimum_version !== void 0) meta.core_minimum_version = m.core_minimum_version;
    if (m.oracle_minimum_version !== void 0) meta.oracle_minimum_version = m.oracle_minimum_version;
    return {
      profile: "dbpm",
      manifest: {
        ref: indexName(DBPM_MANIFEST, m.name, ""),
        label: m.name,
        description: m.description ?? "",
        version,
        author: m.vendor !== void 0 && m.vendor !== "" ? m.vendor : "Unknown",
        license: m.license !== void 0 && m.license !== "" ? m.license : "NOASSERTION",
        keywords: [],
        runtime_deps: [],
        ...packs === void 0 ? {} : { dependencies: { packs } },
        meta
      },
      contents: emptyAttuneContents()
    };
  }
};

// src/core/profiles/pbg/pbg-profile.ts
var import_node_fs11 = require("node:fs");
var import_node_path19 = __toESM(require("node:path"), 1);

// src/core/profiles/pbg/discover-classes.ts
var import_node_fs9 = require("node:fs");
var SKIPPED = /* @__PURE__ */ new Set(["tests", "test", "docs", "examples", "build", "dist", ".venv", "venv", ".tox", "node_modules", "__pycache__"]);
function moduleOf(relPath) {
  const parts = relPath.replace(/\.py$/, "").split("/");
  if (parts[0] === "src" && parts.length > 1) parts.shift();
  if (parts[parts.length - 1] === "__init__") parts.pop();
  return parts.join(".");
}
async function discoverComputeClasses(root) {
  const files = (await walkPackFiles(root)).filter((f) => f.relPath.endsWith(".py") && !f.relPath.split("/").slice(0, -1).some((d) => SKIPPED.has(d) || d.startsWith(".")));
  if (files.length === 0) return [];
  const { readPythonModule, resolveComputeClasses } = await import("./pbg-python.cjs");
  return resolveComputeClasses(files.map((f) => ({ file: f.relPath, module: readPythonModule(moduleOf(f.relPath), f.relPath.endsWith("__init__.py"), (0, import_node_fs9.readFileSync)(f.absPath, "utf8")) })));
}

// src/core/profiles/pbg/pep440-version.ts
var import_semver8 = __toESM(require_semver2(), 1);
var PRE_LABEL = { a: "alpha", b: "beta", rc: "rc" };
function semverOfPep440(version, parsePep440) {
  const parts = parsePep440(version.trim());
  if (parts === null) return { ok: false, reason: "not-pep440", why: "is not a PEP 440 version" };
  const release = parts.release.length > 3 && parts.release.slice(3).every((n) => n === 0) ? parts.release.slice(0, 3) : [...parts.release];
  while (release.length < 3) release.push(0);
  const next = `${release[0]}.${release[1]}.${(release[2] ?? 0) + 1}`;
  const base = release.slice(0, 3).join(".");
  if (parts.epoch !== 0) return { ok: false, reason: "no-semver-form", why: `has an epoch (${parts.epoch}!)`, suggestion: base };
  if (release.length > 3) return { ok: false, reason: "no-semver-form", why: `has ${parts.release.length} release numbers`, suggestion: next };
  if (parts.post !== null) return { ok: false, reason: "no-semver-form", why: `is a post-release (.post${parts.post[1]})`, suggestion: next };
  if (parts.dev !== null) return { ok: false, reason: "no-semver-form", why: `is a dev release (.dev${parts.dev[1]})`, suggestion: parts.pre === null ? `${base}rc1` : base };
  if (parts.local !== null) return { ok: false, reason: "no-semver-form", why: `has a local label (+${parts.local.join(".")})`, suggestion: base };
  if (!release.every(Number.isSafeInteger)) return { ok: false, reason: "no-semver-form", why: "has a number too large for a semantic version" };
  const pre = parts.pre === null ? "" : `-${PRE_LABEL[parts.pre[0]] ?? parts.pre[0]}.${parts.pre[1]}`;
  const form = `${base}${pre}`;
  return import_semver8.default.valid(form) === form ? { ok: true, semver: form } : { ok: false, reason: "no-semver-form", why: "has a number too large for a semantic version" };
}
var EXPECTED2 = "a PEP 440 release or pre-release with at most three release numbers (0.3, 1.2.3, 1.0rc1: published as 0.3.0, 1.2.3, 1.0.0-rc.1); no epoch (1!), post-release (.post1), dev release (.dev1) or local label (+abc)";
function invalid(file, version, form, where, line) {
  const noForm = form.reason === "no-semver-form";
  return new PackdexError("MANIFEST_VERSION_INVALID", `${file}: version ${quote(version)}${where} ${form.why}${noForm ? ", which has no exact semantic version form for the index" : ""}.`, {
    value: version,
    path: file,
    line,
    expected: EXPECTED2,
    fix: `${where === "" ? `Set the version in ${file}` : "Publish a version"} as a release or pre-release${form.suggestion === void 0 ? "" : `, e.g. ${form.suggestion}`}.`
  });
}
async function pbgVersion(file, declared, requested, where) {
  const { line } = where;
  const original = (declared ?? requested)?.trim();
  if (declared === void 0 && !where.dynamic && requested === void 0) {
    throw new PackdexError("MANIFEST_VERSION_INVALID", `${file}: [project] has no version and does not list it as dynamic.`, {
      path: file,
      line,
      fix: 'Add version = "X.Y.Z" to [project], or list "version" in dynamic and pass --version.'
    });
  }
  if (original === void 0) {
    throw new PackdexError("MANIFEST_VERSION_INVALID", `${file} declares no version, and none was given.`, {
      path: file,
      expected: "a version in the manifest, or one passed with --version (or from the release tag)",
      fix: `Set the version in ${file}, or pass --version X.Y.Z.`
    });
  }
  const { parsePep440 } = await import("./pbg-python.cjs");
  const pep440 = parsePep440;
  const form = semverOfPep440(original, pep440);
  if (!form.ok) throw invalid(file, original, form, declared === void 0 ? " being published" : "", line);
  if (requested !== void 0 && declared !== void 0) {
    const wanted = semverOfPep440(requested, pep440);
    if (!wanted.ok) throw invalid(file, requested, wanted, " being published", void 0);
    if (wanted.semver !== form.semver) {
      throw new PackdexError("MANIFEST_VERSION_MISMATCH", `${file} says version ${quote(original)} but ${quote(requested)} is being published.`, {
        value: requested,
        expected: original,
        path: file,
        line,
        fix: `Set the version in ${file} to "${requested}", or publish ${original}.`
      });
    }
  }
  return form.semver === original ? { version: form.semver } : { version: form.semver, pep440: original };
}

// src/core/profiles/pbg/read-pyproject.ts
var import_node_fs10 = require("node:fs");
var import_node_path18 = __toESM(require("node:path"), 1);

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str3 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str3 = str3.replaceAll("_", "");
  return state > 1 ? parseFloat(str3) : parseInteger(ctx, str3, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str3 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str3 = str3.replaceAll("_", "");
  return parseInteger(ctx, str3, base, startPtr);
}
function parseInteger(ctx, str3, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str3, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str3) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str3);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str3, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str3, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str3 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str3);
      case 2:
        return Temporal.PlainDateTime.from(str3);
      case 3:
        return Temporal.PlainDate.from(str3);
      case 4:
        return Temporal.PlainTime.from(str3);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe2 = k === "__proto__";
      if (ctx.uk && (unsafe2 || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe2) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe2 = k === "__proto__";
      if (ctx.uk && (unsafe2 || k === "constructor"))
        return false;
      if (unsafe2) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/core/profiles/pbg/read-pyproject.ts
function readPyProject(root) {
  let text;
  try {
    text = (0, import_node_fs10.readFileSync)(import_node_path18.default.join(root, "pyproject.toml"), "utf8");
  } catch {
    return { ok: false, reason: "missing", message: "pyproject.toml is missing" };
  }
  let data;
  try {
    data = parse(text);
  } catch (cause) {
    const e = cause;
    return { ok: false, reason: "unparsable", message: `pyproject.toml is not valid TOML: ${e.message.split("\n")[0]}`, line: e.line, column: e.column };
  }
  const project = data.project;
  if (project === null || typeof project !== "object" || Array.isArray(project)) {
    return { ok: false, reason: "no-project", message: "pyproject.toml has no [project] table" };
  }
  return { ok: true, pyproject: { project, text } };
}
function normalizeDistributionName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function requirementName(requirement) {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement);
  return m === null ? "" : normalizeDistributionName(m[1]);
}
function lineOf(text, needle) {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => typeof needle === "string" ? l.includes(needle) : needle.test(l));
  return i === -1 ? void 0 : i + 1;
}

// src/core/profiles/pbg/audit-pbg.ts
async function versionChecks2(project, text, expectVersion) {
  const declared = typeof project.version === "string" && project.version.trim() !== "" ? project.version : void 0;
  const dynamic = Array.isArray(project.dynamic) && project.dynamic.includes("version");
  const line = lineOf(text, /^\s*version\s*=/) ?? lineOf(text, "[project]");
  const expected = expectVersion === void 0 ? void 0 : versionFromTag(expectVersion);
  const failure = (name, e) => ({ name, status: "FAIL", code: e.code, detail: e.message, fix: e.fix, locations: [{ file: "pyproject.toml", line: e.line ?? line, message: e.message }] });
  const attempt = async (name, requested, pass) => {
    try {
      const v = await pbgVersion("pyproject.toml", declared, requested, { line, dynamic });
      return { name, status: "PASS", detail: pass(v), locations: [] };
    } catch (e) {
      if (!(e instanceof PackdexError)) throw e;
      return failure(name, e);
    }
  };
  const published = (v) => v.pep440 === void 0 ? `version ${quote(v.version)}` : `version ${quote(v.pep440)}, published as ${v.version}`;
  if (declared === void 0) {
    if (dynamic && expected === void 0) return [{ name: "version", status: "PASS", detail: "version is dynamic: set by the build, checked against the version released", locations: [] }];
    return [await attempt("version", expected, (v) => `version set by the build: ${published(v)}`)];
  }
  const checks = [await attempt("version", void 0, published)];
  if (expected !== void 0 && checks[0].status === "PASS") checks.push(await attempt("expected-version", expected, () => `version matches ${quote(expectVersion)}`));
  return checks;
}
async function auditPbg(root, options = {}) {
  const checks = [];
  const finish = (extra) => reportOf(root, "pbg", checks, { compute: [], ...extra });
  const read = readPyProject(root);
  if (!read.ok) {
    const fix = {
      missing: "Add a pyproject.toml with a [project] table (PEP 621): name, version, dependencies.",
      unparsable: "Correct the TOML syntax at the line shown.",
      "no-project": "Add a [project] table with name, version and dependencies (PEP 621)."
    }[read.reason];
    checks.push({ name: "pyproject.toml", status: "FAIL", detail: read.message, fix, locations: [{ file: "pyproject.toml", line: read.line, column: read.column, message: read.message }] });
    return finish({ stopped: true });
  }
  const { project, text } = read.pyproject;
  checks.push({ name: "pyproject.toml", status: "PASS", detail: "pyproject.toml found with a [project] table", locations: [] });
  const deps = Array.isArray(project.dependencies) ? project.dependencies.filter((d) => typeof d === "string") : [];
  const names = new Set(deps.map(requirementName));
  const depsLine = lineOf(text, /^\s*dependencies\s*=/) ?? lineOf(text, "[project]");
  const dependencyCheck = (dist, missing) => names.has(dist) ? { name: `${dist} dep`, status: "PASS", detail: `${dist} is in [project].dependencies`, locations: [] } : {
    name: `${dist} dep`,
    status: missing,
    detail: `${dist} is not in [project].dependencies`,
    fix: `Add "${dist}" to [project].dependencies`,
    locations: [{ file: "pyproject.toml", line: depsLine, message: `${dist} is not a dependency` }]
  };
  checks.push(dependencyCheck("bigraph-schema", "FAIL"), dependencyCheck("process-bigraph", "WARN"));
  const requiresPython = typeof project["requires-python"] === "string" ? project["requires-python"] : void 0;
  checks.push(
    requiresPython !== void 0 ? { name: "requires-python", status: "PASS", detail: `requires-python = ${JSON.stringify(requiresPython)}`, locations: [] } : {
      name: "requires-python",
      status: "WARN",
      detail: "[project] has no requires-python",
      fix: 'Add requires-python (e.g. ">=3.10") to [project]',
      locations: [{ file: "pyproject.toml", line: lineOf(text, "[project]"), message: "requires-python is missing" }]
    }
  );
  const compute = await discoverComputeClasses(root);
  const processes = compute.filter((c) => c.compute_type === "process").length;
  checks.push(
    compute.length > 0 ? { name: "Process/Step subclasses", status: "PASS", detail: `${processes} Process and ${compute.length - processes} Step subclasses`, locations: [] } : {
      name: "Process/Step subclasses",
      status: "WARN",
      detail: "no class X(Process) or class Y(Step) in the Python sources",
      fix: "Declare Process or Step subclasses in the package (class MyProcess(Process): ...)",
      locations: [{ file: "pyproject.toml", message: "no Process or Step subclasses found" }]
    }
  );
  checks.push(...await versionChecks2(project, text, options.expectVersion));
  const str3 = (v) => typeof v === "string" ? v : void 0;
  return finish({ project: { name: str3(project.name), version: str3(project.version), description: str3(project.description), requiresPython }, compute });
}

// src/core/profiles/pbg/pbg-profile.ts
var str2 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
function projectUrl(urls, labels, accept = webUrl) {
  if (urls === null || typeof urls !== "object") return void 0;
  const norm = (s) => s.toLowerCase().replace(/[\s_.-]+/g, "");
  for (const label of labels) {
    const hit = Object.entries(urls).find(([k]) => norm(k) === norm(label));
    if (hit !== void 0 && accept(hit[1]) !== void 0) return accept(hit[1]);
  }
  return void 0;
}
function licenseOf(license) {
  if (typeof license === "string" && license.trim() !== "") return license.trim();
  if (license !== null && typeof license === "object" && str2(license.text) !== void 0) return str2(license.text);
  return "NOASSERTION";
}
function pbgDescription(file, facts) {
  const named = (type) => sortComponents(facts.compute.filter((c) => c.compute_type === type).map((c) => ({ name: `${c.module}.${c.name}`, description: c.description ?? "" })));
  const keywords = facts.keywords.map((k) => k.trim()).filter((k) => k !== "");
  return {
    profile: "pbg",
    manifest: {
      ref: indexName(file, normalizeDistributionName(facts.name), " once normalised (PEP 503)"),
      label: facts.name,
      description: facts.description ?? "",
      version: facts.version,
      author: facts.author ?? "Unknown",
      email: facts.email,
      homepage: facts.homepage,
      repository: facts.repository,
      license: facts.license,
      keywords: [...new Set(keywords)].sort(),
      runtime_deps: ["python3"],
      ...facts.requiresPython === void 0 ? {} : { dependencies: { python_version: facts.requiresPython } },
      meta: {
        profile: "pbg",
        compute: [...facts.compute].sort((a, b) => `${a.module}.${a.name}` < `${b.module}.${b.name}` ? -1 : 1).map(({ module: module2, name, compute_type, description, inputs, outputs, config_schema }) => ({
          module: module2,
          name,
          compute_type,
          ...description === void 0 ? {} : { description },
          inputs,
          outputs,
          ...config_schema === void 0 ? {} : { config_schema }
        })),
        python_dependencies: facts.pythonDependencies,
        ...facts.pep440Version === void 0 ? {} : { pep440_version: facts.pep440Version }
      }
    },
    contents: { ...emptyAttuneContents(), processes: named("process"), steps: named("step") }
  };
}
var pbgProfile = {
  name: "pbg",
  marker: "pyproject.toml",
  detect: (dir) => (0, import_node_fs11.existsSync)(import_node_path19.default.join(dir, "pyproject.toml")),
  audit: (dir, options) => auditPbg(dir, options),
  async describe(dir, options) {
    const read = readPyProject(dir);
    if (!read.ok) {
      throw new PackdexError(read.reason === "missing" ? "MANIFEST_NOT_FOUND" : read.reason === "unparsable" ? "MANIFEST_TOML_INVALID" : "MANIFEST_SCHEMA", `${read.message}.`, {
        value: dir,
        path: "pyproject.toml",
        line: read.line,
        column: read.column,
        expected: "a pyproject.toml with a [project] table (PEP 621)",
        fix: read.reason === "unparsable" ? "Correct the TOML syntax at the line shown." : "Add a [project] table with name, version and dependencies (PEP 621)."
      });
    }
    const { project, text } = read.pyproject;
    const name = str2(project.name);
    if (name === void 0) {
      throw new PackdexError("MANIFEST_SCHEMA", "pyproject.toml: [project] has no name.", { path: "pyproject.toml", line: lineOf(text, "[project]"), fix: 'Add name = "pbg-…" to [project].' });
    }
    const dynamic = Array.isArray(project.dynamic) && project.dynamic.includes("version");
    const declared = str2(project.version) ?? (dynamic && options.version === void 0 ? options.versionIfUnset : void 0);
    const { version, pep440 } = await pbgVersion("pyproject.toml", declared, options.version, { line: lineOf(text, /^\s*version\s*=/) ?? lineOf(text, "[project]"), dynamic });
    const authors = Array.isArray(project.authors) ? project.authors : [];
    const keywords = Array.isArray(project.keywords) ? project.keywords.filter((k) => typeof k === "string") : [];
    return pbgDescription("pyproject.toml", {
      name,
      version,
      pep440Version: pep440,
      description: str2(project.description),
      author: str2(authors[0]?.name) ?? str2(authors[0]?.email),
      email: str2(authors[0]?.email),
      homepage: projectUrl(project.urls, ["Homepage", "Home", "Documentation"]),
      repository: projectUrl(project.urls, ["Repository", "Source", "Source Code", "Code"], repositoryUrl),
      license: licenseOf(project.license),
      keywords,
      requiresPython: str2(project["requires-python"]),
      pythonDependencies: Array.isArray(project.dependencies) ? project.dependencies.filter((d) => typeof d === "string") : [],
      compute: await discoverComputeClasses(dir)
    });
  }
};

// src/core/profiles/profile.ts
var PROFILES = ["attune", "pbg", "dbpm", "aam"];

// src/core/profiles/detect-profile.ts
var BY_DETECTION = [attuneProfile, aamProfile, dbpmProfile, pbgProfile];
function profileNamed(name) {
  return BY_DETECTION.find((p) => p.name === name);
}
function selectProfile(dir, requested) {
  if (requested !== void 0 && requested !== "auto") {
    if (PROFILES.includes(requested)) return profileNamed(requested);
    throw new PackdexError("USAGE", `Unknown profile ${quote(requested)}.`, {
      value: requested,
      expected: ["auto", ...PROFILES].join(", "),
      fix: `Pass --profile with one of: auto, ${PROFILES.join(", ")}.`
    });
  }
  return BY_DETECTION.find((p) => p.detect(dir)) ?? attuneProfile;
}

// src/core/site/change-package.ts
var import_semver9 = __toESM(require_semver2(), 1);
var import_node_util3 = require("node:util");
function stamp(before, after, now) {
  const next = canonicalDocument(after);
  if (before !== void 0 && (0, import_node_util3.isDeepStrictEqual)(canonicalDocument(before), next)) return { doc: before, outcome: "unchanged" };
  const time = formatTimestamp(now);
  next.updated_at = time;
  const moved = before === void 0 || !(0, import_node_util3.isDeepStrictEqual)(indexEntryOf(canonicalDocument(before)), indexEntryOf(next));
  if (moved) next.index_updated_at = time;
  return { doc: next, outcome: before === void 0 ? "created" : "updated" };
}
function addVersion(doc, input, now) {
  assertValidEntry(input.entry);
  const entry = canonicalEntry(input.entry);
  if (input.signatureUrl === void 0 !== (input.publisherKeyFingerprint === void 0)) {
    throw new PackdexError("USAGE", "A signature URL and a publisher key fingerprint go together: give both or neither.", {
      value: input.signatureUrl ?? input.publisherKeyFingerprint,
      fix: "Pass both --signature-url and --publisher-key-fingerprint, or neither."
    });
  }
  if (doc !== void 0 && doc.owner !== input.owner) {
    throw new PackdexError("NAME_OWNED", `The name ${quote(entry.ref)} belongs to ${quote(doc.owner)}; ${quote(input.owner)} may not publish it.`, {
      value: input.owner,
      expected: doc.owner,
      fix: `Publish from ${doc.owner}, choose another name for this pack, or ask the registry's maintainers to transfer the name.`
    });
  }
  const version = {
    version: entry.version,
    published_at: formatTimestamp(now),
    ...input.archiveSize === void 0 ? {} : { archive_size: input.archiveSize },
    dependencies: dependenciesOf(entry),
    yanked: false,
    ...input.signatureUrl === void 0 ? {} : { signature_url: input.signatureUrl, publisher_key_fingerprint: input.publisherKeyFingerprint },
    entry
  };
  const held = doc?.versions.find((v) => v.version === entry.version);
  if (held !== void 0) {
    const same = (0, import_node_util3.isDeepStrictEqual)(canonicalEntry(held.entry), entry) && held.archive_size === version.archive_size && held.signature_url === version.signature_url && held.publisher_key_fingerprint === version.publisher_key_fingerprint;
    if (same) return { doc, outcome: "unchanged" };
    throw new PackdexError("VERSION_IMMUTABLE", `${entry.ref} ${entry.version} is already published with different contents.`, {
      value: `${entry.ref}@${entry.version}`,
      expected: `the published version (archive ${held.entry.install_sources.find((s) => s.type === "archive")?.checksum ?? held.entry.install_sources[0].checksum})`,
      fix: `Published versions never change: bump the version (e.g. ${quote(import_semver9.default.inc(entry.version, "patch") ?? entry.version)}) and publish that.`
    });
  }
  if (doc === void 0) {
    const time = version.published_at;
    return stamp(void 0, { name: entry.ref, owner: input.owner, dist_tags: {}, updated_at: time, index_updated_at: time, versions: [version] }, now);
  }
  return stamp(doc, { ...doc, versions: [...doc.versions, version] }, now);
}
function findVersion(doc, version) {
  const held = doc.versions.find((v) => v.version === version);
  if (held === void 0) {
    throw new PackdexError("VERSION_NOT_FOUND", `${doc.name} has no version ${quote(version)}.`, {
      value: `${doc.name}@${version}`,
      expected: `one of ${doc.versions.map((v) => v.version).join(", ")}`,
      fix: "Check the version (packdex show lists them)."
    });
  }
  return held;
}
function yankVersion(doc, version, options, now) {
  const held = findVersion(doc, version);
  const yanked = options.undo !== true;
  if (held.yanked === yanked && (!yanked || options.reason === void 0 || held.yanked_reason === options.reason)) return { doc, outcome: "unchanged" };
  const changed = { ...held, yanked, yanked_at: formatTimestamp(now) };
  delete changed.yanked_reason;
  if (yanked && options.reason !== void 0) changed.yanked_reason = options.reason;
  const versions = doc.versions.map((v) => v === held ? changed : v);
  return stamp(doc, { ...doc, versions }, now);
}
function setDistTag(doc, tag, version, now) {
  if (!/^[a-z][a-z0-9._-]*$/.test(tag) || import_semver9.default.validRange(tag) !== null) {
    throw new PackdexError("DIST_TAG_INVALID", `Invalid dist-tag ${quote(tag)}.`, {
      value: tag,
      expected: "a lowercase word such as beta or stable (letters, digits, . _ -), not a version or range",
      fix: 'Choose a tag name like "beta" or "lts".'
    });
  }
  if (tag === "latest") {
    throw new PackdexError("DIST_TAG_INVALID", "`latest` is always the newest non-yanked version and cannot be set by hand.", {
      value: tag,
      fix: 'Yank the versions that should not be latest, or use another tag (e.g. "stable").'
    });
  }
  const tags = { ...doc.dist_tags };
  if (version === void 0) {
    if (tags[tag] === void 0) return { doc, outcome: "unchanged" };
    delete tags[tag];
  } else {
    const held = findVersion(doc, version);
    if (held.yanked) {
      throw new PackdexError("DIST_TAG_INVALID", `${doc.name} ${version} is yanked, and a tag never names a yanked version.`, {
        value: `${doc.name}@${version}`,
        fix: `Restore it first (packdex yank ${doc.name}@${version} --undo) or tag another version.`
      });
    }
    tags[tag] = version;
  }
  return stamp(doc, { ...doc, dist_tags: tags }, now);
}

// src/core/site/plan-package-change.ts
var import_node_path20 = __toESM(require("node:path"), 1);
var import_node_util5 = require("node:util");

// src/core/index-file/update-index.ts
var import_node_util4 = require("node:util");
function findRef(packs, ref) {
  let lo = 0;
  let hi = packs.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    const c = compareStrings(packs[mid].ref, ref);
    if (c === 0) return { at: mid, found: true };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { at: lo, found: false };
}
function upsertEntry(index, entry, options) {
  assertValidEntry(entry);
  const next = canonicalEntry(entry);
  const { at, found } = findRef(index.packs, next.ref);
  if (found) {
    if ((0, import_node_util4.isDeepStrictEqual)(canonicalEntry(index.packs[at]), next)) return { index, outcome: "unchanged" };
    if (!options.replace) {
      throw new PackdexError("PACK_EXISTS", `Pack '${next.ref}' already exists in index. Use --update to replace it.`, {
        value: next.ref,
        expected: "a ref not yet in the index, or --update",
        fix: "Pass --update to replace the existing entry."
      });
    }
  }
  const packs = index.packs.slice();
  packs.splice(at, found ? 1 : 0, next);
  const updated = { ...index, last_updated: formatTimestamp(options.now), packs };
  assertValidIndex(updated);
  return { index: updated, outcome: found ? "updated" : "created" };
}
function emptyIndex(registryName, registryUrl, now) {
  const index = { registry_name: registryName, registry_url: registryUrl, version: "1.0", last_updated: formatTimestamp(now), packs: [] };
  assertValidIndex(index);
  return index;
}

// src/core/site/plan-package-change.ts
async function planPackageChange(registryDir, name, change, known) {
  const identity = known ?? (await readRegistryIdentity(registryDir)).identity;
  const docFile = import_node_path20.default.join(registryDir, packageDocumentPath(name));
  const held = await readPackageDocument(registryDir, name);
  const result = change(held?.doc);
  const indexFile = import_node_path20.default.join(registryDir, "index.json");
  const index = await readIndexIfExists(indexFile);
  const base = index?.index ?? emptyIndex(identity.name, identity.url, new Date(identity.created_at));
  const before = held === void 0 ? void 0 : indexEntryFor(held.doc, identity);
  const after = indexEntryFor(result.doc, identity);
  const moved = !(0, import_node_util5.isDeepStrictEqual)(before, after);
  const time = moved ? new Date(result.doc.index_updated_at) : laterOf(base.last_updated, result.doc.index_updated_at);
  const next = after === void 0 ? removeEntry(base, name, time) : upsertEntry(base, after, { replace: true, now: time }).index;
  const changes = [
    { path: docFile, before: held?.text, after: result.outcome === "unchanged" && held !== void 0 ? held.text : serializeDocument(result.doc) },
    { path: indexFile, before: index?.text, after: next === base && index !== void 0 ? index.text : serializeIndex(next) }
  ];
  const repaired = !moved && (next !== base || index === void 0) ? ["index.json"] : [];
  return { identity, changes, outcome: result.outcome, repaired, doc: result.doc, indexEntry: { before, after } };
}
function laterOf(a, b) {
  const x = new Date(a);
  const y = new Date(b);
  return Number.isNaN(x.getTime()) || y > x ? y : x;
}
function removeEntry(index, ref, now) {
  const { at, found } = findRef(index.packs, ref);
  if (!found) return index;
  const packs = index.packs.slice();
  packs.splice(at, 1);
  return { ...index, packs, last_updated: formatTimestamp(now) };
}

// src/core/site/publish-to-folder.ts
function ownerFromRepository(repository) {
  if (repository === void 0) return "local";
  const m = /^[a-z]+:\/\/(?:www\.)?([^/]+)\/(.+?)(?:\.git)?\/*$/i.exec(repository);
  return m ? `${m[1].toLowerCase()}/${m[2]}` : "local";
}
async function publishToFolder(settings) {
  await readRegistryIdentity(settings.registryDir);
  const profile = selectProfile(settings.packDir, settings.profile);
  const expectVersion = settings.audit?.expectVersion;
  const audit = settings.skipAudit === true ? void 0 : await profile.audit(settings.packDir, settings.audit ?? {});
  if (audit !== void 0 && audit.counts.fail > 0) return { profile: profile.name, audit };
  const { manifest, contents } = await profile.describe(settings.packDir, { version: expectVersion === void 0 ? void 0 : versionFromTag(expectVersion) });
  const gitChecksum = settings.git === void 0 ? void 0 : `sha256:${await hashDirectory(settings.packDir)}`;
  const fileName = archiveFileName(manifest.ref, manifest.version);
  const { value } = await changeRegistry(settings.registryDir, { ...settings.write, command: settings.write?.command ?? "publish", dryRun: settings.dryRun }, async (ctx) => {
    const { identity } = await readRegistryIdentity(settings.registryDir);
    const archivePath = import_node_path21.default.join(settings.registryDir, identity.archives, fileName);
    const base = checkHttpsUrl(settings.archiveUrlBase ?? `${identity.url}/${identity.archives}`, "Archive URL base").replace(/\/+$/, "");
    const staged = ctx.stagingPath(fileName);
    const archive = await buildArchive({ packDir: settings.packDir, topFolder: archiveStem(manifest.ref, manifest.version), output: staged, source: "directory", onProgress: settings.onProgress });
    const sources = { archive: { url: `${base}/${fileName}`, checksum: archive.checksum } };
    if (settings.git !== void 0) sources.git = { ...settings.git, checksum: gitChecksum };
    const entry = buildEntry(manifest, contents, sources);
    const plan = await planPackageChange(
      settings.registryDir,
      entry.ref,
      (doc) => addVersion(
        doc,
        {
          entry: recordedEntry(entry, identity, doc),
          owner: settings.owner ?? ownerFromRepository(entry.repository),
          archiveSize: archive.size,
          signatureUrl: settings.signatureUrl,
          publisherKeyFingerprint: settings.publisherKeyFingerprint
        },
        settings.now
      ),
      identity
    );
    const archiveHeld = await hashIfExists(archivePath);
    const repaired = [...plan.repaired];
    if (plan.outcome === "unchanged" && archiveHeld !== archive.checksum) repaired.unshift(import_node_path21.default.posix.join(identity.archives, fileName));
    const result = {
      profile: profile.name,
      audit,
      archive: { ...archive, path: archivePath },
      entry,
      doc: plan.doc,
      outcome: plan.outcome,
      repaired,
      indexChanged: plan.changes[1].before !== plan.changes[1].after,
      changes: plan.changes,
      identity
    };
    return { value: result, changes: plan.changes, files: archiveHeld === archive.checksum ? [] : [{ path: archivePath, source: staged, sha256: archive.checksum.replace(/^sha256:/, "") }] };
  });
  return value;
}
async function hashIfExists(file) {
  const st = await (0, import_promises16.lstat)(file).catch(() => void 0);
  return st?.isFile() === true ? `sha256:${await hashFile(file)}` : void 0;
}

// src/core/site/update-package.ts
async function updatePackage(registryDir, name, change, options = {}) {
  const { value, written } = await changeRegistry(registryDir, options, async () => {
    const plan = await planPackageChange(registryDir, name, change);
    return { value: plan, changes: plan.changes };
  });
  return { ...value, written };
}

// src/client/registries/open-registries.ts
var import_node_os4 = __toESM(require("node:os"), 1);
var import_node_path26 = __toESM(require("node:path"), 1);

// src/client/registries/registry-location.ts
var import_promises17 = require("node:fs/promises");
var import_node_path22 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
function namedIndex(lastSegment) {
  return /\.json$/i.test(lastSegment) && lastSegment.toLowerCase() !== "registry.json" ? lastSegment : void 0;
}
function isLoopbackHost(hostname) {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function checkFetchUrl(raw, allowHttp, what) {
  checkNoDotSegments(raw, what);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new PackdexError("URL_INVALID", `${what} ${quote(raw)} is not a URL.`, { value: raw, expected: "https://host/path", fix: "Check the URL for typos." });
  }
  if (url.username !== "" || url.password !== "") {
    throw new PackdexError("URL_INVALID", `${what} ${quote(url.host)} carries credentials in the URL.`, {
      value: `${url.protocol}//***@${url.host}${url.pathname}`,
      expected: "a URL without user:password@",
      fix: 'Put the token in the registry\'s headers (Authorization: "Bearer ${TOKEN}") instead.'
    });
  }
  if (url.protocol === "http:" && !allowHttp && !isLoopbackHost(url.hostname)) {
    throw new PackdexError("URL_INSECURE", `${what} ${quote(raw)} uses plain http, which anyone on the path can alter.`, {
      value: raw,
      expected: "https://…, or http:// on loopback (127.0.0.1, localhost)",
      fix: "Use the https URL, or pass --allow-http if you accept the risk."
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new PackdexError("URL_INVALID", `${what} ${quote(raw)} uses ${url.protocol}, which packdex does not download from.`, { value: raw, expected: "https://, file:// or a path", fix: "Use an https URL or a local path." });
  }
  return url;
}
function parseRegistryLocation(raw, options) {
  const trimmed = raw.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const url = checkFetchUrl(trimmed, options.allowHttp, "Registry URL");
    url.search = "";
    url.hash = "";
    const last = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    const index = namedIndex(decodeURIComponent(last));
    if (/\.json$/i.test(url.pathname)) url.pathname = url.pathname.replace(/[^/]*$/, "");
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return index === void 0 ? { kind: "http", base: url.toString() } : { kind: "http", base: url.toString(), index: last };
  }
  if (/^file:\/\//i.test(trimmed)) return folder((0, import_node_url.fileURLToPath)(trimmed));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || /^[^/\\]+@[^:]+:/.test(trimmed)) {
    throw new PackdexError("URL_INVALID", `Registry URL ${quote(raw)} is neither https://, file:// nor a folder.`, {
      value: raw,
      expected: "https://host/path/, file:///path or ./path",
      fix: "A registry is a folder of static files: give its https URL or its path."
    });
  }
  return folder(import_node_path22.default.resolve(options.cwd, trimmed));
}
function folder(p) {
  if (!/\.json$/i.test(p)) return { kind: "file", dir: p };
  const index = namedIndex(import_node_path22.default.basename(p));
  return index === void 0 ? { kind: "file", dir: import_node_path22.default.dirname(p) } : { kind: "file", dir: import_node_path22.default.dirname(p), index };
}
function folderPath(dir, rel, what) {
  checkRegistryPath(rel, what);
  const segments = rel.split("/").map((segment) => {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new PackdexError("URL_INVALID", `${what} ${quote(rel)} has a broken percent-escape.`, { value: rel, expected: "%XX escapes of UTF-8 bytes", fix: "Correct the path in the package document." });
    }
    if (decoded === "." || decoded === ".." || /[/\\\0]/.test(decoded)) throw outside(dir, rel, what);
    return decoded;
  });
  const file = import_node_path22.default.join(dir, ...segments);
  const back = import_node_path22.default.relative(dir, file);
  if (back === "" || back.startsWith("..") || import_node_path22.default.isAbsolute(back)) throw outside(dir, rel, what);
  return file;
}
async function realFileInside(root, file, what) {
  const [realRoot, realFile] = await Promise.all([(0, import_promises17.realpath)(root), (0, import_promises17.realpath)(file)]);
  if (realFile !== realRoot && realFile.startsWith(realRoot.endsWith(import_node_path22.default.sep) ? realRoot : realRoot + import_node_path22.default.sep)) return realFile;
  throw new PackdexError("PATH_OUTSIDE_REGISTRY", `${what} ${quote(file)} leads outside the registry folder ${quote(root)} (to ${quote(realFile)}), so packdex did not open it.`, {
    value: file,
    expected: `a regular file inside ${root}, reached without a symlink that leaves it`,
    fix: "Replace the symlink with the file itself, or report the registry to its maintainers."
  });
}
function outside(dir, rel, what) {
  return new PackdexError("PATH_OUTSIDE_REGISTRY", `${what} ${quote(rel)} names a file outside the registry folder ${quote(dir)}.`, {
    value: rel,
    expected: "a path inside the registry folder, such as archives/<file>",
    fix: "The package document is wrong or hostile: report it to the registry's maintainers."
  });
}

// src/client/fetch/fetch-url.ts
var MAX_REDIRECTS = 5;
var DEFAULT_TIMEOUTS = { headersMs: 3e4, idleMs: 3e4, windowMs: 3e4, minBytes: 16 * 1024 };
function timeoutsFrom(env) {
  const raw = env.PACKDEX_HTTP_TIMEOUT;
  if (raw === void 0 || raw === "") return DEFAULT_TIMEOUTS;
  const seconds2 = Number(raw);
  if (!Number.isFinite(seconds2) || seconds2 <= 0) {
    throw new PackdexError("CONFIG_INVALID", `PACKDEX_HTTP_TIMEOUT ${quote(raw)} is not a positive number of seconds.`, { value: raw, expected: "e.g. 30 or 2.5", fix: "Set PACKDEX_HTTP_TIMEOUT to a number of seconds, or unset it." });
  }
  const ms = Math.round(seconds2 * 1e3);
  return { ...DEFAULT_TIMEOUTS, headersMs: ms, idleMs: ms, windowMs: ms };
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function shown(url) {
  return url.replace(/\/\/[^/@]*@/, "//***@");
}
function checkRedirect(from, location, allowHttp) {
  const refuse = (reason, details) => new PackdexError("REDIRECT_REFUSED", `${quote(shown(from.toString()))} redirected to ${quote(shown(location))}, ${reason}`, { value: shown(location), ...details });
  let target;
  try {
    target = new URL(location, from);
  } catch (cause) {
    throw refuse("which is not a URL.", { expected: "a Location header with an http(s) URL", fix: "Report it to whoever runs the server.", cause });
  }
  if (from.protocol === "https:" && target.protocol === "http:" && !(isLoopbackHost(from.hostname) && isLoopbackHost(target.hostname))) {
    throw refuse("a downgrade from https to plain http, which anyone on the path could alter.", {
      expected: "a redirect to another https URL",
      fix: "Fix the server's redirect, or use the final https URL directly. --allow-http does not allow a downgrade."
    });
  }
  try {
    checkNoDotSegments(location, "The redirect target");
    checkFetchUrl(target.toString(), allowHttp, "The redirect target");
  } catch (cause) {
    const inner = cause;
    throw refuse(`which packdex does not follow: ${inner.message}`, { expected: inner.expected ?? "an https URL", fix: inner.fix ?? "Use the final URL directly.", cause });
  }
  return target;
}
async function within(work, ms, controller, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const error = onTimeout();
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
function seconds(ms) {
  return `${ms / 1e3} s`;
}
async function fetchUrl(raw, options) {
  let current = checkFetchUrl(raw, options.allowHttp, options.what);
  const hops = [];
  const { timeouts } = options;
  for (; ; ) {
    hops.push(current.toString());
    const url = current.toString();
    const headers = { ...options.headers };
    if (options.credentials !== void 0 && current.origin === options.credentials.origin) Object.assign(headers, options.credentials.headers);
    const controller = new AbortController();
    const stalled = (what, ms) => new PackdexError(options.failCode, `${quote(shown(url))} ${what} for ${seconds(ms)}, so packdex gave up.`, {
      value: shown(url),
      expected: `a server that answers within ${seconds(timeouts.headersMs)} and keeps sending`,
      fix: `Try again later; if the server is only slow, set PACKDEX_HTTP_TIMEOUT to more seconds (now ${seconds(Math.max(timeouts.headersMs, timeouts.idleMs))}).${options.failCode === "REGISTRY_UNAVAILABLE" ? " --skip-unavailable goes on to the next registry." : ""}`
    });
    let response;
    try {
      response = await within(
        fetch(url, { headers, redirect: "manual", signal: controller.signal }),
        timeouts.headersMs,
        controller,
        () => stalled("sent no response", timeouts.headersMs)
      );
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      const reason = cause.cause;
      throw new PackdexError(options.failCode, `Could not reach ${quote(shown(url))}: ${reason?.code ?? reason?.message ?? cause.message}.`, { value: shown(url), fix: options.failFix, cause });
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => void 0);
      const location = response.headers.get("location");
      if (location === null) {
        throw new PackdexError(options.failCode, `${quote(shown(url))} answered HTTP ${response.status} without saying where to.`, { value: shown(url), expected: "a Location header", fix: "Report it to whoever runs the server, or use the final URL directly." });
      }
      if (hops.length > MAX_REDIRECTS) {
        throw new PackdexError("REDIRECT_REFUSED", `${quote(shown(raw))} redirected more than ${MAX_REDIRECTS} times (${hops.map(shown).join(" → ")} → …).`, {
          value: shown(raw),
          expected: `at most ${MAX_REDIRECTS} redirects`,
          fix: "Use the final URL directly, or fix the redirect loop on the server."
        });
      }
      current = checkRedirect(current, location, options.allowHttp);
      continue;
    }
    const stream = response.body;
    async function* body() {
      if (stream === null) return;
      const reader = stream.getReader();
      let windowStart = Date.now();
      let windowBytes = 0;
      try {
        for (; ; ) {
          const chunk = await within(reader.read(), timeouts.idleMs, controller, () => stalled("stopped sending", timeouts.idleMs)).catch((cause) => {
            if (cause instanceof PackdexError) throw cause;
            throw new PackdexError(options.failCode, `The transfer of ${quote(shown(url))} broke off: ${cause.message}.`, { value: shown(url), fix: "Try again.", cause });
          });
          if (chunk.done) return;
          windowBytes += chunk.value.length;
          const now = Date.now();
          if (now - windowStart >= timeouts.windowMs) {
            if (windowBytes < timeouts.minBytes) {
              const error = new PackdexError(options.failCode, `${quote(shown(url))} sent only ${windowBytes} bytes in ${seconds(now - windowStart)}, far too slowly, so packdex gave up.`, {
                value: shown(url),
                expected: `at least ${timeouts.minBytes} bytes every ${seconds(timeouts.windowMs)}`,
                fix: "Try again later, or from a better connection; PACKDEX_HTTP_TIMEOUT sets the window in seconds."
              });
              controller.abort(error);
              throw error;
            }
            windowStart = now;
            windowBytes = 0;
          }
          yield chunk.value;
        }
      } finally {
        await reader.cancel().catch(() => void 0);
      }
    }
    return {
      status: response.status,
      ok: response.ok,
      headers: response.headers,
      url,
      hops,
      body,
      cancel: async () => {
        await stream?.cancel().catch(() => void 0);
      }
    };
  }
}

// src/client/fetch/http-cache.ts
var import_node_crypto7 = require("node:crypto");
var import_promises18 = require("node:fs/promises");
var import_node_path23 = __toESM(require("node:path"), 1);
var HttpCache = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  files(url) {
    const key = (0, import_node_crypto7.createHash)("sha256").update(url).digest("hex");
    const base = import_node_path23.default.join(this.settings.dir, "http", key.slice(0, 2), key);
    return { meta: `${base}.json`, body: `${base}.body` };
  }
  async cached(url) {
    if (this.settings.dir === void 0) return void 0;
    const files = this.files(url);
    try {
      const meta = JSON.parse(await (0, import_promises18.readFile)(files.meta, "utf8"));
      if (meta.url !== url) return void 0;
      return { meta, body: await (0, import_promises18.readFile)(files.body) };
    } catch {
      return void 0;
    }
  }
  async store(url, meta, body) {
    if (this.settings.dir === void 0) return;
    const files = this.files(url);
    await (0, import_promises18.mkdir)(import_node_path23.default.dirname(files.meta), { recursive: true });
    const tmp = `.${(0, import_node_crypto7.randomBytes)(6).toString("hex")}.tmp`;
    if (body !== void 0) {
      await (0, import_promises18.writeFile)(files.body + tmp, body);
      await (0, import_promises18.rename)(files.body + tmp, files.body);
    }
    await (0, import_promises18.writeFile)(files.meta + tmp, JSON.stringify(meta));
    await (0, import_promises18.rename)(files.meta + tmp, files.meta);
  }
  /** `credentials`: the registry's configured headers, sent only to their own origin (see fetchUrl). */
  async get(url, credentials, maxBytes) {
    const now = this.settings.now().getTime();
    const cached = await this.cached(url);
    if (cached !== void 0 && !this.settings.refresh && now - cached.meta.fetched_at < this.settings.ttlSeconds * 1e3) {
      return { found: true, body: cached.body, fromCache: true };
    }
    const conditional = {};
    if (cached?.meta.etag !== void 0) conditional["if-none-match"] = cached.meta.etag;
    if (cached?.meta.last_modified !== void 0) conditional["if-modified-since"] = cached.meta.last_modified;
    const response = await fetchUrl(url, {
      what: "Registry file",
      failCode: "REGISTRY_UNAVAILABLE",
      failFix: "Check the URL and your connection, or pass --skip-unavailable to use the next registry.",
      allowHttp: this.settings.allowHttp === true,
      headers: conditional,
      credentials,
      timeouts: this.settings.timeouts ?? DEFAULT_TIMEOUTS
    });
    if (response.status === 304 && cached !== void 0) {
      this.settings.log.push({ url, status: 304, bytes: 0 });
      await this.store(url, { ...cached.meta, fetched_at: now }, void 0);
      return { found: true, body: cached.body, fromCache: true };
    }
    if (response.status === 404 || response.status === 410) {
      this.settings.log.push({ url, status: response.status, bytes: 0 });
      await response.cancel();
      return { found: false };
    }
    if (!response.ok) {
      this.settings.log.push({ url, status: response.status, bytes: 0 });
      await response.cancel();
      throw new PackdexError("REGISTRY_UNAVAILABLE", `${quote(url)} answered HTTP ${response.status}${response.status === 401 || response.status === 403 ? " (not allowed)" : ""}.`, {
        value: url,
        expected: "HTTP 200",
        fix: response.status === 401 || response.status === 403 ? 'Check the registry\'s headers (e.g. Authorization: "Bearer ${TOKEN}") and that the token may read it.' : "Try again later, or pass --skip-unavailable to use the next registry."
      });
    }
    const body = await readLimited(response, maxBytes, url);
    this.settings.log.push({ url, status: response.status, bytes: body.length });
    const meta = { url, fetched_at: now };
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    if (etag !== null) meta.etag = etag;
    if (lastModified !== null) meta.last_modified = lastModified;
    await this.store(url, meta, body);
    return { found: true, body, fromCache: false };
  }
};
async function readLimited(response, maxBytes, url) {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  const tooLarge2 = () => new PackdexError("DOWNLOAD_TOO_LARGE", `${quote(url)} is larger than the ${maxBytes} bytes packdex reads for a registry file.`, {
    value: url,
    expected: `at most ${maxBytes} bytes`,
    fix: "Check that the URL names a packdex registry."
  });
  if (declared > maxBytes) {
    await response.cancel();
    throw tooLarge2();
  }
  const chunks = [];
  let total = 0;
  for await (const chunk of response.body()) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge2();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

// src/client/fetch/registry-reader.ts
var import_promises19 = require("node:fs/promises");

// src/client/fetch/attune-package-document.ts
function attunePackageDocument(index, entry) {
  const at = documentTime(index.last_updated);
  return {
    name: entry.ref,
    owner: entry.repository ?? index.registry_url,
    dist_tags: { latest: entry.version },
    updated_at: at,
    index_updated_at: at,
    versions: [{ version: entry.version, published_at: at, dependencies: dependenciesOf(entry), yanked: false, entry }]
  };
}
function documentTime(lastUpdated) {
  const t = new Date(lastUpdated);
  return Number.isNaN(t.getTime()) ? lastUpdated : formatTimestamp(t);
}

// src/client/fetch/registry-reader.ts
var MAX_INDEX_BYTES = 1024 * 1024 * 1024;
function isAttuneIndex(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data) && "packs" in data && !("format" in data);
}
var RegistryReader = class {
  constructor(endpoint, cache) {
    this.endpoint = endpoint;
    this.cache = cache;
  }
  endpoint;
  cache;
  opened;
  get name() {
    return this.endpoint.name;
  }
  /** Where a registry-relative path is: a URL under the registry's base, or a file inside its folder (never outside). */
  where(rel) {
    const { location } = this.endpoint;
    return location.kind === "http" ? new URL(rel, location.base).toString() : folderPath(location.dir, rel, "Registry path");
  }
  /** The registry's own address: its base URL, or its folder (where('') would be no path inside it). */
  root() {
    const { location } = this.endpoint;
    return location.kind === "http" ? location.base : location.dir;
  }
  /** The registry's configured headers and the one origin they may be sent to; undefined for a folder. */
  credentials() {
    const { location } = this.endpoint;
    return location.kind === "http" ? { origin: new URL(location.base).origin, headers: this.endpoint.headers } : void 0;
  }
  /** A folder registry's folder, which every file it serves must lie inside. */
  folderRoot() {
    const { location } = this.endpoint;
    return location.kind === "file" ? location.dir : void 0;
  }
  /** A file's bytes, or undefined when the registry does not have it. */
  async read(rel, maxBytes) {
    const { location } = this.endpoint;
    if (location.kind === "http") {
      const got = await this.cache.get(this.where(rel), this.credentials(), maxBytes);
      return got.found ? got.body : void 0;
    }
    const file = this.where(rel);
    try {
      return await (0, import_promises19.readFile)(await realFileInside(location.dir, file, "Registry file"));
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      if (cause.code === "ENOENT") return void 0;
      throw new PackdexError("REGISTRY_UNAVAILABLE", `Could not read ${quote(file)}: ${cause.message}`, { value: location.dir, cause, fix: "Check the folder and its permissions." });
    }
  }
  /** Read and check an Attune index with the index reader's own rules (the ones validate applies). */
  async readAttuneIndex(rel) {
    const body = await this.read(rel, MAX_INDEX_BYTES);
    if (body === void 0) return void 0;
    const file = this.where(rel);
    return { kind: "attune", index: parseIndexText(body.toString("utf8"), file), file };
  }
  /**
   * Find out, once, which kind of registry this is. A URL naming an index file is that Attune
   * index. A folder URL is a packdex registry when it has registry.json, else an Attune registry
   * when it has index.json, else not a registry at all.
   */
  open() {
    this.opened ??= (async () => {
      const named = this.endpoint.location.index;
      if (named !== void 0) {
        const attune2 = await this.readAttuneIndex(named);
        if (attune2 !== void 0) return attune2;
        throw new PackdexError("REGISTRY_NOT_FOUND", `Registry ${quote(this.name)} has no index file at ${quote(this.where(named))}.`, {
          value: this.endpoint.url,
          expected: "the URL of an Attune index.json, or of a registry folder",
          fix: "Check the registry URL: it names an index.json that exists, or the folder that holds registry.json."
        });
      }
      const body = await this.read("registry.json", MAX_DOCUMENT_BYTES);
      if (body !== void 0) {
        const text = body.toString("utf8");
        const file = this.where("registry.json");
        if (isAttuneIndex(parseJsonText(text, file))) return { kind: "attune", index: parseIndexText(text, file), file };
        return { kind: "packdex", identity: parseRegistryIdentity(text, file) };
      }
      const attune = await this.readAttuneIndex("index.json");
      if (attune !== void 0) return attune;
      throw new PackdexError("REGISTRY_NOT_FOUND", `Registry ${quote(this.name)} has neither registry.json nor index.json at ${quote(this.root())}.`, {
        value: this.endpoint.url,
        expected: "the root of a packdex registry (registry.json, index.json, packages/), or of an Attune registry (index.json)",
        fix: "Check the registry URL: it names the folder that holds registry.json or index.json, or the index.json file itself."
      });
    })();
    return this.opened;
  }
  /** `packdex`, or `attune` for a plain Attune index (newest version of each pack only, read-only). */
  async kind() {
    return (await this.open()).kind;
  }
  /** registry.json of a packdex registry; undefined for an Attune registry, which has none. */
  async identity() {
    const opened = await this.open();
    return opened.kind === "packdex" ? opened.identity : void 0;
  }
  /** Every version of one package, or undefined when this registry does not hold the name. */
  async packageDocument(name) {
    const opened = await this.open();
    if (opened.kind === "attune") {
      const entry = opened.index.packs.find((p) => p.ref === name);
      return entry === void 0 ? void 0 : attunePackageDocument(opened.index, entry);
    }
    const rel = packageDocumentPath(name);
    const body = await this.read(rel, MAX_DOCUMENT_BYTES);
    return body === void 0 ? void 0 : parsePackageDocument(body.toString("utf8"), this.where(rel), name);
  }
  async index() {
    const opened = await this.open();
    if (opened.kind === "attune") return opened.index;
    const body = await this.read("index.json", MAX_INDEX_BYTES);
    if (body === void 0) {
      throw new PackdexError("REGISTRY_INVALID", `Registry ${quote(this.name)} has no index.json.`, { value: this.where("index.json"), fix: "Run packdex site build in the registry." });
    }
    return parseIndexText(body.toString("utf8"), this.where("index.json"));
  }
  /**
   * Where to download an artifact from. A path relative to the registry (`archives/x.tar.gz`, what
   * packdex records for archives stored in the registry) and an absolute URL under the registry's own
   * address (registry.json's url or a former one, what older documents hold) are both read from
   * wherever this registry was actually reached: its URL, a mirror, a folder, loopback. Dot segments
   * are refused before anything is joined, and a folder registry never names a file outside its folder.
   */
  async artifactLocation(url) {
    checkNoDotSegments(url, "Artifact URL");
    if (isRegistryPath(url)) return this.where(url);
    const identity = await this.identity();
    const rel = identity === void 0 ? void 0 : registryPathOf(url, identity);
    const located = rel === void 0 ? url : this.where(rel);
    if (this.endpoint.location.kind === "http" && !/^https?:\/\//i.test(located)) {
      throw new PackdexError("URL_INVALID", `Registry ${quote(this.name)} names the download ${quote(url)}, which is not an http(s) URL. Nothing was downloaded.`, {
        value: url,
        expected: "https://host/path",
        fix: "Report it to the registry's maintainers."
      });
    }
    return located;
  }
};

// src/client/registries/effective-registries.ts
var import_node_fs13 = require("node:fs");
var import_node_path25 = __toESM(require("node:path"), 1);

// src/client/registries/registry-config.ts
var import_node_fs12 = require("node:fs");
var import_promises20 = require("node:fs/promises");
var import_node_os3 = __toESM(require("node:os"), 1);
var import_node_path24 = __toESM(require("node:path"), 1);
var import_yaml2 = __toESM(require_dist(), 1);
var DEFAULT_PRIORITY = 100;
var PROJECT_CONFIG_NAME = "packdex.yaml";
function userConfigPath(env) {
  const base = env.XDG_CONFIG_HOME || import_node_path24.default.join(env.HOME || import_node_os3.default.homedir(), ".config");
  return import_node_path24.default.join(base, "packdex", "config.yaml");
}
async function loadEffectiveConfig(cwd, env) {
  if (env.PACKDEX_CONFIG) return loadConfig(import_node_path24.default.resolve(cwd, env.PACKDEX_CONFIG));
  const user = await loadConfig(userConfigPath(env));
  const projectFile = import_node_path24.default.join(cwd, PROJECT_CONFIG_NAME);
  if (!(0, import_node_fs12.existsSync)(projectFile)) return user;
  const project = await loadConfig(projectFile);
  const projectNames = new Set((project.config.registries ?? []).map((r) => r.name));
  const registries = [...(user.config.registries ?? []).filter((r) => !projectNames.has(r.name)), ...project.config.registries ?? []];
  const config = { ...user.config, ...project.config };
  if (registries.length > 0) config.registries = registries;
  if (project.config.dependencies === void 0) delete config.dependencies;
  return { file: project.file, config, document: project.document };
}
async function loadConfig(file) {
  let text = "";
  try {
    text = await (0, import_promises20.readFile)(file, "utf8");
  } catch (cause) {
    if (cause.code !== "ENOENT") throw ioError("read", file, cause);
  }
  const document = (0, import_yaml2.parseDocument)(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const e = document.errors[0];
    throw new PackdexError("CONFIG_INVALID", `${quote(file)} is not valid YAML: ${e.message.split("\n")[0]}`, {
      value: file,
      path: file,
      line: e.linePos?.[0]?.line,
      fix: "Fix the YAML syntax at the line shown."
    });
  }
  const data = document.toJS({ maxAliasCount: 100 }) ?? {};
  const issues = validateSchema("config", data);
  if (issues.length > 0) {
    throw new PackdexError("CONFIG_INVALID", `${quote(file)} breaks the config schema: ${issues.map((i) => `${i.path || "/"} ${i.message}`).join("; ")}.`, {
      value: file,
      path: issues[0].path,
      expected: "registries: [{name, url, priority, enabled, headers}] (schemas/config.schema.json)",
      fix: "Correct the values at the paths listed, or edit it with packdex registry add/remove."
    });
  }
  const config = data;
  const names = /* @__PURE__ */ new Set();
  for (const r of config.registries ?? []) {
    if (names.has(r.name)) {
      throw new PackdexError("CONFIG_INVALID", `${quote(file)} names registry ${quote(r.name)} twice.`, { value: r.name, fix: "Give each registry its own name." });
    }
    names.add(r.name);
  }
  return { file, config, document };
}

// src/client/registries/effective-registries.ts
function expandHeaders(headers, env, registry) {
  const out = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    out[key] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
      const v = env[name];
      if (v === void 0) {
        throw new PackdexError("CONFIG_INVALID", `Header ${quote(key)} of registry ${quote(registry)} uses \${${name}}, which is not set.`, {
          value: name,
          fix: `Set ${name} in the environment (e.g. export ${name}=…), or remove the header.`
        });
      }
      return v;
    });
  }
  return out;
}
function looksLikeName(value) {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) && !/\.json$/i.test(value);
}
function unknownRegistryName(name, known) {
  return new PackdexError("REGISTRY_NOT_FOUND", `No registry named ${quote(name)} is configured, and there is no folder ${quote(name)}.`, {
    value: name,
    expected: known.length === 0 ? "a configured registry name (none are configured), a URL or a folder" : `one of ${known.join(", ")}, a URL or a folder`,
    fix: "See packdex registry list; give a URL (https://…) or a folder path (./name) for an unconfigured registry."
  });
}
function effectiveRegistries(sources) {
  const configured = sources.config.registries ?? [];
  const fromUrls = (urls, prefix) => urls.map((url, i) => {
    const named = configured.find((r) => r.name === url);
    if (named !== void 0) return endpoint(named.name, named.url, i, named.headers);
    if (looksLikeName(url) && !(0, import_node_fs13.existsSync)(import_node_path25.default.resolve(sources.cwd, url))) throw unknownRegistryName(url, configured.map((r) => r.name));
    return endpoint(`${prefix}${i + 1}`, url, i, void 0);
  });
  const endpoint = (name, url, priority, headers) => ({
    name,
    url,
    priority,
    headers: expandHeaders(headers, sources.env, name),
    location: parseRegistryLocation(url, { cwd: sources.cwd, allowHttp: sources.allowHttp })
  });
  if (sources.flags.length > 0) return fromUrls(sources.flags, "cli-");
  const env = sources.env.PACKDEX_REGISTRIES?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  if (env.length > 0) return fromUrls(env, "env-");
  return configured.map((r, order) => ({ r, order })).filter(({ r }) => r.enabled !== false).sort((a, b) => (a.r.priority ?? DEFAULT_PRIORITY) - (b.r.priority ?? DEFAULT_PRIORITY) || a.order - b.order).map(({ r }) => endpoint(r.name, r.url, r.priority ?? DEFAULT_PRIORITY, r.headers));
}

// src/client/registries/open-registries.ts
var DEFAULT_CACHE_TTL = 300;
function cacheDirFrom(env) {
  if (env.PACKDEX_CACHE_DIR) return import_node_path26.default.resolve(env.PACKDEX_CACHE_DIR);
  return import_node_path26.default.join(env.XDG_CACHE_HOME || import_node_path26.default.join(env.HOME || import_node_os4.default.homedir(), ".cache"), "packdex");
}
async function openClient(options) {
  const config = await loadEffectiveConfig(options.cwd, options.env);
  const allowHttp = options.allowHttp === true;
  const endpoints = effectiveRegistries({ config: config.config, env: options.env, flags: options.registries ?? [], cwd: options.cwd, allowHttp });
  const cacheDir = options.noCache === true ? void 0 : cacheDirFrom(options.env);
  const requests = [];
  const timeouts = options.timeouts ?? timeoutsFrom(options.env);
  const cache = new HttpCache({
    dir: cacheDir,
    ttlSeconds: config.config.cache_ttl ?? DEFAULT_CACHE_TTL,
    refresh: options.refresh === true,
    now: options.now,
    log: requests,
    allowHttp,
    timeouts
  });
  return { readers: endpoints.map((e) => new RegistryReader(e, cache)), cache, cacheDir, config, requests, allowHttp, timeouts };
}

// src/client/resolve/parse-spec.ts
var import_semver10 = __toESM(require_semver2(), 1);
var NAME_PATTERN = PACKAGE_NAME_PATTERN;
function parsePackageSpec(spec) {
  const at = spec.indexOf("@", 1);
  const name = at === -1 ? spec : spec.slice(0, at);
  const constraint = at === -1 ? void 0 : spec.slice(at + 1).trim();
  if (!NAME_PATTERN.test(name)) {
    throw new PackdexError("SPEC_INVALID", `${quote(spec)} is not a package reference.`, {
      value: spec,
      expected: "NAME or NAME@CONSTRAINT, NAME lowercase letters, digits, - and _, optionally @scope/NAME (e.g. slack@^2.1.0, @myorg/my-agent@^1.0.0)",
      fix: "Check the name; a URL or a path is installed by giving it as it is."
    });
  }
  if (constraint !== void 0 && (constraint === "" || import_semver10.default.validRange(constraint) === null && !/^[a-z][a-z0-9._-]*$/.test(constraint))) {
    throw new PackdexError("SPEC_INVALID", `${quote(constraint)} in ${quote(spec)} is neither a version, a range nor a dist-tag.`, {
      value: spec,
      expected: "an exact version (1.2.3), ~1.2.3, ^1.2.3, a range (>=1.0.0 <2.0.0), latest, or a dist-tag",
      fix: `e.g. ${name}@^1.0.0`
    });
  }
  return constraint === void 0 ? { name } : { name, constraint };
}

// src/client/resolve/find-package.ts
function noRegistryConfigured() {
  return new PackdexError("REGISTRY_NOT_FOUND", "No registry is configured.", {
    fix: "Add one with packdex registry add NAME URL, pass --registry URL, or set PACKDEX_REGISTRIES."
  });
}
async function findPackage(readers, name, options = {}) {
  if (readers.length === 0) throw noRegistryConfigured();
  const skipped = [];
  for (const reader of readers) {
    let doc;
    try {
      doc = await reader.packageDocument(name);
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw annotate(error, reader);
      options.onSkip?.(reader.name, error);
      skipped.push(reader.name);
      continue;
    }
    if (doc !== void 0) return { doc, reader };
  }
  throw new PackdexError("PACK_NOT_FOUND", `No registry holds ${quote(name)} (asked ${readers.map((r) => r.name).join(", ")}${skipped.length > 0 ? `; skipped unavailable ${skipped.join(", ")}` : ""}).`, {
    value: name,
    fix: "Check the name with packdex search, or add the registry that publishes it."
  });
}
function annotate(error, reader) {
  if (error instanceof PackdexError && error.fix !== void 0 && !error.message.includes(reader.name)) {
    return new PackdexError(error.code, `Registry ${quote(reader.name)}: ${error.message}`, {
      value: error.value,
      expected: error.expected,
      fix: `${error.fix} (Registries are asked in priority order and a failing one stops the search; --skip-unavailable goes on to the next.)`,
      path: error.path,
      cause: error
    });
  }
  return error;
}

// src/client/resolve/select-version.ts
var import_semver11 = __toESM(require_semver2(), 1);
function selectVersion(doc, constraint, options = {}) {
  const warnings = [];
  const want = constraint ?? "latest";
  const tagged = doc.dist_tags[want];
  const byVersion = (v) => doc.versions.find((x) => x.version === v);
  if (tagged !== void 0) return { version: byVersion(tagged), warnings };
  const exact = import_semver11.default.valid(want) === null ? void 0 : byVersion(want) ?? doc.versions.find((x) => import_semver11.default.eq(x.version, want));
  if (exact !== void 0) {
    if (exact.yanked) warnings.push(`${doc.name} ${exact.version} is yanked${exact.yanked_reason === void 0 ? "" : `: ${exact.yanked_reason}`}; installing it because it was pinned exactly.`);
    return { version: exact, warnings };
  }
  const live = doc.versions.filter((v) => !v.yanked);
  if (import_semver11.default.validRange(want) !== null && import_semver11.default.valid(want) === null) {
    const best = import_semver11.default.maxSatisfying(live.map((v) => v.version), want, { includePrerelease: options.includePrerelease === true });
    if (best !== null) return { version: byVersion(best), warnings };
  }
  const available = live.map((v) => v.version);
  const reason = want === "latest" ? "every version is yanked" : import_semver11.default.validRange(want) !== null ? "no published, non-yanked version matches" : `it has no dist-tag ${quote(want)}`;
  throw new PackdexError("NO_MATCHING_VERSION", `${doc.name}@${want}: ${reason}.`, {
    value: `${doc.name}@${want}`,
    expected: available.length === 0 ? "a non-yanked version" : `one of ${available.slice(-10).join(", ")}${Object.keys(doc.dist_tags).length > 0 ? ` or a tag (${Object.keys(doc.dist_tags).join(", ")})` : ""}`,
    fix: available.some((v) => import_semver11.default.prerelease(v) !== null) && options.includePrerelease !== true ? "Widen the constraint, or pass --prerelease to consider prereleases." : "Widen the constraint, or pin an exact version."
  });
}

// src/client/resolve/resolve-package.ts
function isTarball(url) {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
  }
  return /\.(?:tar\.gz|tgz|tar)$/i.test(pathname);
}
function preferredSource(sources) {
  const archive = sources.find((s) => s.type === "archive");
  const git2 = sources.find((s) => s.type === "git");
  if (archive !== void 0 && (git2 === void 0 || isTarball(archive.url))) return archive;
  return git2 ?? sources[0];
}
async function toResolution(reader, doc, version, warnings) {
  const source = preferredSource(version.entry.install_sources);
  const archive = source.type === "archive" ? source : void 0;
  const out = {
    package: doc.name,
    version: version.version,
    artifact_url: await reader.artifactLocation(source.url),
    artifact_checksum: source.checksum,
    source: source.type,
    registry: { name: reader.name, url: reader.endpoint.url },
    dependencies: version.dependencies,
    yanked: version.yanked,
    warnings
  };
  if (archive !== void 0 && version.archive_size !== void 0) out.size = version.archive_size;
  if (source.type === "git") out.git_ref = source.ref;
  for (const key of ["core_minimum_version", "oracle_minimum_version"]) {
    const value = version.entry.meta?.[key];
    if (typeof value === "string") out[key] = value;
  }
  if (version.signature_url !== void 0) {
    out.artifact_signature_url = await reader.artifactLocation(version.signature_url);
    out.publisher_key_fingerprint = version.publisher_key_fingerprint;
  }
  return out;
}
async function resolvePackage(readers, spec, options = {}) {
  const { doc, reader } = await findPackage(readers, spec.name, options);
  const attune = await reader.kind() === "attune";
  let selection;
  try {
    selection = selectVersion(doc, spec.constraint, { includePrerelease: options.includePrerelease });
  } catch (error) {
    throw attune ? notListed(reader, doc, spec, error) : error;
  }
  return { resolution: await toResolution(reader, doc, selection.version, selection.warnings), reader };
}
function notListed(reader, doc, spec, cause) {
  if (!(cause instanceof PackdexError) || cause.code !== "NO_MATCHING_VERSION") return cause;
  const listed = doc.versions[0];
  const git2 = listed.entry.install_sources.find((s) => s.type === "git");
  return new PackdexError("NO_MATCHING_VERSION", `${spec.name}@${spec.constraint ?? "latest"}: registry ${quote(reader.name)} is an Attune index, which lists only the newest version of each pack (${listed.version}), and that does not match.`, {
    value: `${spec.name}@${spec.constraint ?? "latest"}`,
    expected: `${listed.version}, or a range it satisfies (an Attune registry lists only the newest version)`,
    fix: `Ask for ${spec.name}@${listed.version} (or no constraint)${git2 === void 0 ? "" : `; an older version installs straight from its repository: packdex install ${git2.url} --ref TAG`}.`,
    cause
  });
}

// src/core/site/search-score.ts
function searchRow(entry) {
  return { name: entry.ref.toLowerCase(), description: entry.description.toLowerCase(), keywords: entry.keywords.map((k) => k.toLowerCase()) };
}
function searchTerms(query) {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}
function searchScore(row, terms) {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    if (row.name === term) best = 100;
    else if (row.name.startsWith(term)) best = 60;
    else if (row.name.includes(term)) best = 40;
    else if (row.keywords.includes(term)) best = 30;
    else if (row.keywords.some((k) => k.includes(term))) best = 20;
    else if (row.description.includes(term)) best = 10;
    else if (isSubsequence(term, row.name)) best = 5;
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
function isSubsequence(needle, hay) {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

// src/client/resolve/list-packages.ts
async function mergedIndex(readers, options = {}) {
  const byName = /* @__PURE__ */ new Map();
  for (const reader of readers) {
    let packs;
    try {
      packs = (await reader.index()).packs;
    } catch (error) {
      if (!(error instanceof PackdexError) || options.skipUnavailable !== true) throw error;
      options.onSkip?.(reader.name, error);
      continue;
    }
    for (const entry of packs) {
      const held = byName.get(entry.ref);
      if (held !== void 0) held.shadowed.push(reader.name);
      else byName.set(entry.ref, { registry: reader.name, entry, shadowed: [] });
    }
  }
  return [...byName.values()];
}

// src/client/resolve/search-packages.ts
async function searchPackages(readers, query, options = {}) {
  const terms = searchTerms(query);
  const hits = [];
  for (const { registry, entry } of await mergedIndex(readers, options)) {
    const score = terms.length === 0 ? 1 : searchScore(searchRow(entry), terms);
    if (score === 0) continue;
    hits.push({ registry, name: entry.ref, version: entry.version, description: entry.description, keywords: entry.keywords, score });
  }
  hits.sort((a, b) => b.score - a.score || compareStrings(a.name, b.name));
  return options.limit === void 0 ? hits : hits.slice(0, options.limit);
}

// src/client/install/install-packs.ts
var import_node_crypto9 = require("node:crypto");
var import_node_fs17 = require("node:fs");
var import_promises25 = require("node:fs/promises");
var import_node_path32 = __toESM(require("node:path"), 1);

// src/client/install/classify-spec.ts
var import_node_fs14 = require("node:fs");
var import_node_path27 = __toESM(require("node:path"), 1);
var ARCHIVE_NAME = /\.(?:tar\.gz|tgz|tar|zip)$/i;
function classifySpec(spec, cwd, gitRef) {
  if (/^git\+(?:https?|ssh|file):\/\//i.test(spec)) {
    const url = spec.slice(4);
    return gitRef === void 0 ? { type: "git", url } : { type: "git", url, ref: gitRef };
  }
  const local = import_node_path27.default.resolve(cwd, spec.startsWith("file://") ? new URL(spec).pathname : spec);
  const st = (() => {
    try {
      return (0, import_node_fs14.statSync)(local);
    } catch {
      return void 0;
    }
  })();
  if (st?.isDirectory() && gitRef !== void 0) return { type: "git", url: spec.startsWith("file://") ? spec : `file://${local}`, ref: gitRef };
  if (st?.isDirectory()) return { type: "directory", path: local };
  if (st?.isFile()) return { type: "archive-file", path: local };
  if (/^(?:ssh:\/\/|[\w.-]+@[\w.-]+:)/.test(spec) || /^https?:\/\//i.test(spec) && (/\.git\/?$/i.test(spec) || gitRef !== void 0 && !ARCHIVE_NAME.test(spec))) {
    return gitRef === void 0 ? { type: "git", url: spec } : { type: "git", url: spec, ref: gitRef };
  }
  if (/^https?:\/\//i.test(spec)) return { type: "archive-url", url: spec };
  if (spec.startsWith(".") || spec.startsWith("/") || spec.includes(import_node_path27.default.sep) && !spec.startsWith("@") || ARCHIVE_NAME.test(spec) || spec.startsWith("file://")) {
    throw new PackdexError("PATH_NOT_FOUND", `${quote(spec)} looks like a path, but nothing is there.`, {
      value: local,
      fix: "Check the path to the pack folder or archive."
    });
  }
  return { type: "registry", spec: parsePackageSpec(spec) };
}

// src/client/install/download-archive.ts
var import_node_crypto8 = require("node:crypto");
var import_node_fs15 = require("node:fs");
var import_promises21 = require("node:fs/promises");
var import_node_os5 = __toESM(require("node:os"), 1);
var import_node_path28 = __toESM(require("node:path"), 1);
var DEFAULT_MAX_DOWNLOAD = 512 * 1024 * 1024;
function archiveRequestFor(r, options, reader) {
  const credentials = reader?.credentials();
  const insideFolder = reader?.folderRoot();
  return {
    location: r.artifact_url,
    checksum: r.artifact_checksum,
    ...r.size === void 0 ? {} : { size: r.size },
    maxSize: options.maxSize ?? DEFAULT_MAX_DOWNLOAD,
    ...credentials === void 0 ? {} : { credentials },
    ...insideFolder === void 0 ? {} : { insideFolder },
    allowHttp: options.allowHttp,
    cacheDir: options.cacheDir,
    ...options.timeouts === void 0 ? {} : { timeouts: options.timeouts }
  };
}
function cachePath(cacheDir, checksum) {
  return import_node_path28.default.join(cacheDir, "archives", `${checksum.slice("sha256:".length)}.tar.gz`);
}
async function hashLocal(file) {
  const hash = (0, import_node_crypto8.createHash)("sha256");
  let size = 0;
  for await (const chunk of (0, import_node_fs15.createReadStream)(file)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { checksum: `sha256:${hash.digest("hex")}`, size };
}
function verify(req, got, what) {
  if (req.size !== void 0 && got.size !== req.size) {
    throw new PackdexError("SIZE_MISMATCH", `${what} is ${got.size} bytes, but the registry recorded ${req.size}${got.size < req.size ? " (truncated download?)" : ""}.`, {
      value: req.location,
      expected: `${req.size} bytes`,
      fix: "Try again; if it persists the artifact was changed after publishing: report it to the registry's maintainers."
    });
  }
  if (req.checksum !== void 0 && got.checksum !== req.checksum) {
    throw new PackdexError("CHECKSUM_MISMATCH", `${what} has checksum ${got.checksum}, but ${req.checksum} was expected. It was not installed.`, {
      value: req.location,
      expected: req.checksum,
      fix: "Do not use this artifact: it differs from what was published. Report it to the registry's maintainers, or re-lock if the lockfile is out of date."
    });
  }
}
async function obtainArchive(req) {
  const expected = req.checksum === void 0 ? void 0 : parseSha256(req.checksum);
  const checked = { ...req, checksum: expected };
  if (expected !== void 0 && req.cacheDir !== void 0) {
    const cached = cachePath(req.cacheDir, expected);
    const got = await hashLocal(cached).catch(() => void 0);
    if (got !== void 0 && got.checksum === expected && (req.size === void 0 || got.size === req.size)) return { path: cached, ...got, fromCache: true, temporary: false };
    if (got !== void 0) await (0, import_promises21.rm)(cached, { force: true });
  }
  if (!/^https?:\/\//i.test(req.location)) {
    let file = import_node_path28.default.resolve(req.location.startsWith("file://") ? new URL(req.location).pathname : req.location);
    if (req.insideFolder !== void 0) {
      const real = await realFileInside(req.insideFolder, file, "Archive").catch((error) => {
        if (error instanceof PackdexError) throw error;
        return void 0;
      });
      if (real !== void 0) file = real;
    }
    const st = await (0, import_promises21.stat)(file).catch(() => void 0);
    if (st === void 0 || !st.isFile()) {
      throw new PackdexError("DOWNLOAD_FAILED", `Archive ${quote(file)} does not exist.`, { value: file, fix: "Check the path; for a registry folder, the archives/ folder must be next to registry.json." });
    }
    if (st.size > (req.size ?? req.maxSize)) throw tooLarge(req, st.size);
    const got = await hashLocal(file);
    verify(checked, got, quote(file));
    return { path: file, ...got, fromCache: false, temporary: false };
  }
  const limit = req.size ?? req.maxSize;
  const response = await fetchUrl(req.location, {
    what: "Artifact URL",
    failCode: "DOWNLOAD_FAILED",
    failFix: "Check your connection and try again.",
    allowHttp: req.allowHttp,
    credentials: req.credentials,
    timeouts: req.timeouts ?? DEFAULT_TIMEOUTS
  });
  if (!response.ok) {
    await response.cancel();
    throw new PackdexError("DOWNLOAD_FAILED", `${quote(response.url)} answered HTTP ${response.status}${response.hops.length > 1 ? ` (redirected from ${quote(req.location)})` : ""}.`, { value: req.location, expected: "HTTP 200", fix: "Check the URL; a registry's archives must be published with it." });
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > limit) {
    await response.cancel();
    throw tooLarge(req, declared);
  }
  const folder2 = req.cacheDir === void 0 ? import_node_os5.default.tmpdir() : import_node_path28.default.join(req.cacheDir, "tmp");
  await (0, import_promises21.mkdir)(folder2, { recursive: true });
  const tmp = import_node_path28.default.join(folder2, `download-${process.pid}-${(0, import_node_crypto8.randomBytes)(6).toString("hex")}`);
  const hash = (0, import_node_crypto8.createHash)("sha256");
  let received = 0;
  const handle = await (0, import_promises21.open)(tmp, "wx", 384);
  try {
    try {
      for await (const bytes of response.body()) {
        received += bytes.length;
        if (received > limit) throw tooLarge(req, received);
        hash.update(bytes);
        await handle.write(bytes);
        req.onProgress?.(received, Number.isFinite(declared) ? declared : req.size);
      }
    } catch (cause) {
      if (cause instanceof PackdexError) throw cause;
      throw new PackdexError("DOWNLOAD_FAILED", `The download of ${quote(req.location)} broke off after ${received} bytes: ${cause.message}.`, { value: req.location, fix: "Try again.", cause });
    } finally {
      await handle.close();
    }
    const got = { checksum: `sha256:${hash.digest("hex")}`, size: received };
    verify(checked, got, quote(req.location));
    if (req.cacheDir === void 0) return { path: tmp, ...got, fromCache: false, temporary: true };
    const target = cachePath(req.cacheDir, got.checksum);
    await (0, import_promises21.mkdir)(import_node_path28.default.dirname(target), { recursive: true });
    await (0, import_promises21.rename)(tmp, target);
    return { path: target, ...got, fromCache: false, temporary: false };
  } catch (error) {
    await (0, import_promises21.rm)(tmp, { force: true });
    throw error;
  }
}
function tooLarge(req, size) {
  const limit = req.size ?? req.maxSize;
  return new PackdexError("DOWNLOAD_TOO_LARGE", `${quote(req.location)} is larger than ${req.size === void 0 ? "the download limit" : "the size the registry recorded"} (${size} > ${limit} bytes). Nothing was kept.`, {
    value: req.location,
    expected: `at most ${limit} bytes`,
    fix: req.size === void 0 ? "Pass --max-size BYTES if this archive really is that large." : "The artifact differs from what was published: report it to the registry's maintainers."
  });
}

// src/client/install/extract-archive.ts
var import_node_fs16 = require("node:fs");
var import_promises22 = require("node:fs/promises");
var import_node_path29 = __toESM(require("node:path"), 1);
var import_node_stream2 = require("node:stream");
var import_node_zlib2 = require("node:zlib");
var import_tar_stream = __toESM(require_tar_stream(), 1);
var DEFAULT_EXTRACT_LIMITS = { maxBytes: 1024 * 1024 * 1024, maxEntries: 1e5 };
function unsafe(archive, name, why) {
  return new PackdexError("ARCHIVE_UNSAFE", `Archive ${quote(import_node_path29.default.basename(archive))} holds ${quote(name)}: ${why}. Nothing was installed.`, {
    value: name,
    expected: "regular files and folders with relative paths inside the archive",
    fix: "Do not install this archive; report it to whoever published it."
  });
}
function safeComponents(archive, name) {
  if (name.includes("\0")) throw unsafe(archive, name, "its name holds a NUL byte");
  if (name.startsWith("/") || /^[A-Za-z]:[\\/]/.test(name) || name.startsWith("\\")) throw unsafe(archive, name, "it is an absolute path");
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw unsafe(archive, name, 'it climbs out of the target with ".."');
  return parts;
}
async function kind(file) {
  const handle = await (0, import_promises22.open)(file, "r");
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
    if (bytesRead >= 262 && head.toString("latin1", 257, 262) === "ustar") return "tar";
    const zip = bytesRead >= 2 && head.toString("latin1", 0, 2) === "PK";
    throw new PackdexError("ARCHIVE_INVALID", `${quote(import_node_path29.default.basename(file))} is ${zip ? "a zip file" : "neither gzip nor tar"}.`, {
      value: file,
      expected: "a .tar.gz (or .tar) archive, as packdex archive builds",
      fix: zip ? "Repack it as .tar.gz (packdex archive --pack-dir DIR builds one)." : "Check that the URL or path names the archive itself."
    });
  } finally {
    await handle.close();
  }
}
async function extractArchive(file, dest, limits = DEFAULT_EXTRACT_LIMITS) {
  const format = await kind(file);
  const ex = (0, import_tar_stream.extract)();
  const streams = format === "gzip" ? [(0, import_node_fs16.createReadStream)(file), (0, import_node_zlib2.createGunzip)()] : [(0, import_node_fs16.createReadStream)(file)];
  const chain = [...streams, ex];
  (0, import_node_stream2.pipeline)(chain, (error) => {
    if (error) ex.destroy(error);
  });
  let total = 0;
  let entries = 0;
  const root = import_node_path29.default.resolve(dest);
  try {
    for await (const entry of ex) {
      const header = entry.header;
      entries += 1;
      if (entries > limits.maxEntries) throw unsafe(file, header.name, `the archive has more than ${limits.maxEntries} entries`);
      const parts = safeComponents(file, header.name);
      const target = import_node_path29.default.join(root, ...parts);
      if (parts.length > 0 && !target.startsWith(root + import_node_path29.default.sep)) throw unsafe(file, header.name, "it resolves outside the target");
      switch (header.type) {
        case "directory":
          if (parts.length > 0) await (0, import_promises22.mkdir)(target, { recursive: true });
          entry.resume();
          break;
        case "file":
        case "contiguous-file": {
          if (parts.length === 0) throw unsafe(file, header.name, "a file entry has no name");
          if (header.size > limits.maxBytes - total) throw unsafe(file, header.name, `it declares ${header.size} bytes, beyond the ${limits.maxBytes}-byte unpack limit`);
          total += header.size;
          await (0, import_promises22.mkdir)(import_node_path29.default.dirname(target), { recursive: true });
          const out = await (0, import_promises22.open)(target, "wx", header.mode & 73 ? 493 : 420).catch((cause) => {
            if (cause.code === "EEXIST") throw unsafe(file, header.name, "the name appears twice");
            throw cause;
          });
          try {
            for await (const chunk of entry) await out.write(chunk);
          } finally {
            await out.close();
          }
          break;
        }
        case "symlink":
        case "link":
          throw unsafe(file, header.name, `it is a ${header.type === "link" ? "hard" : "symbolic"} link to ${quote(header.linkname)}`);
        default:
          throw unsafe(file, header.name, `it is a ${header.type}`);
      }
    }
  } catch (error) {
    ex.destroy();
    if (error instanceof PackdexError) throw error;
    throw new PackdexError("ARCHIVE_INVALID", `${quote(import_node_path29.default.basename(file))} could not be unpacked: ${error.message}.`, {
      value: file,
      expected: "a complete .tar.gz archive",
      fix: "Download it again; if it persists, report the archive to whoever published it.",
      cause: error
    });
  }
  const top = await (0, import_promises22.readdir)(root, { withFileTypes: true });
  if (top.length === 1 && top[0].isDirectory()) return import_node_path29.default.join(root, top[0].name);
  return root;
}

// src/client/install/plan-packs.ts
var import_semver12 = __toESM(require_semver2(), 1);
var InstallPlanner = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  packs = /* @__PURE__ */ new Map();
  /** Names fixed without a registry (folders, archives, git) or kept installed, and their versions. */
  fixed = /* @__PURE__ */ new Map();
  conflict(name, held, constraint, chain) {
    return new PackdexError("DEPENDENCY_CONFLICT", `${name} ${held.version} (wanted by ${describe(held.requiredBy)}) does not satisfy ${quote(constraint)} (wanted by ${describe(chain)}).`, {
      value: `${name}@${constraint}`,
      expected: `a version of ${name} that satisfies both`,
      fix: "Align the constraints (publish a version of the dependent pack that accepts the other), or install the packs separately."
    });
  }
  async add(request) {
    const { spec, chain } = request;
    if (chain.includes(spec.name)) {
      throw new PackdexError("DEPENDENCY_CYCLE", `Dependency cycle: ${[...chain.slice(chain.indexOf(spec.name)), spec.name].join(" → ")}.`, {
        value: spec.name,
        expected: "dependencies that form a tree",
        fix: "Remove one of the dependencies in the cycle from its pack.yaml and publish a new version."
      });
    }
    const range = spec.constraint ?? "*";
    const held = this.packs.get(spec.name);
    const heldVersion = held === void 0 ? this.fixed.get(spec.name) : { version: held.resolution.version, requiredBy: held.requiredBy };
    if (heldVersion !== void 0) {
      const ok = spec.constraint === void 0 || spec.constraint === "latest" || import_semver12.default.validRange(range) !== null && import_semver12.default.satisfies(heldVersion.version, range, { includePrerelease: true });
      if (!ok) throw this.conflict(spec.name, heldVersion, range, chain.length === 0 ? ["command line"] : chain);
      return;
    }
    const installed = this.settings.installed.get(spec.name);
    if (chain.length > 0 && installed !== void 0 && import_semver12.default.validRange(range) !== null && import_semver12.default.satisfies(installed, range, { includePrerelease: true })) {
      this.fixed.set(spec.name, { version: installed, requiredBy: ["already installed"] });
      return;
    }
    const readers = request.reader === void 0 ? this.settings.readers : [request.reader];
    const { resolution, reader } = await resolvePackage(readers, spec, this.settings).catch((error) => {
      if (error instanceof PackdexError && (error.code === "PACK_NOT_FOUND" || error.code === "REGISTRY_NOT_FOUND") && chain.length > 0) {
        const none = readers.length === 0;
        throw new PackdexError(error.code, `${chain[chain.length - 1]} depends on ${spec.name}@${range}, which ${none ? "is not installed, and no registry is configured to fetch it from" : request.reader === void 0 ? "no registry holds" : `its registry ${quote(request.reader.name)} does not hold`}.`, {
          value: spec.name,
          fix: none ? `Install ${spec.name} first, pass --registry URL, or --skip-deps.` : `Publish ${spec.name} to the same registry, or install it first from where it lives.`
        });
      }
      throw error;
    });
    for (const w of resolution.warnings) this.settings.onWarning?.(w);
    this.packs.set(spec.name, { resolution, requiredBy: chain.length === 0 ? ["command line"] : chain });
    if (!this.settings.skipDeps) await this.addDependencies(spec.name, resolution.dependencies, chain, reader);
  }
  /** Dependencies of a pack; from `reader` when the pack came from a registry, else from all. */
  async addDependencies(name, dependencies, chain, reader) {
    for (const [dep, constraint] of Object.entries(dependencies)) {
      await this.add({ spec: constraint === "*" ? { name: dep } : { name: dep, constraint }, reader, chain: [...chain, name] });
    }
  }
};
function describe(chain) {
  return chain.length === 0 ? "command line" : chain.join(" → ");
}

// src/client/install/stage-pack.ts
var import_promises24 = require("node:fs/promises");
var import_node_path31 = __toESM(require("node:path"), 1);

// src/client/install/clone-git.ts
var import_promises23 = require("node:fs/promises");
var import_node_path30 = __toESM(require("node:path"), 1);
var import_semver13 = __toESM(require_semver2(), 1);
var GIT_ENV = { GIT_CONFIG_NOSYSTEM: "1" };
function isGitUrl(spec) {
  return /^(?:https?|ssh|file):\/\//i.test(spec) || /^[\w.-]+@[\w.-]+:[^/]/.test(spec);
}
function checkGitUrl(url, allowHttp, what = "Git URL") {
  checkRemoteUrl(url, { what, fix: "Give the repository's clone URL (https://host/owner/repo.git, git@host:owner/repo.git, ssh:// or file://)." });
  if (/^https?:\/\//i.test(url)) return checkFetchUrl(url, allowHttp, what).toString();
  if (isGitUrl(url)) return url;
  throw new PackdexError("URL_INVALID", `${quote(url)} is not a git URL packdex clones.`, {
    value: url,
    expected: "https://host/owner/repo.git, git@host:owner/repo.git, ssh:// or file://",
    fix: "Check the URL."
  });
}
async function run(args, cwd, what) {
  const out = await git(args, {
    cwd,
    env: GIT_ENV,
    what,
    value: args.filter((a) => !a.startsWith("-")).slice(-2).join(" "),
    fix: "Check the URL, that the ref exists (git ls-remote URL), and your access to the repository."
  });
  return out.toString("utf8");
}
async function latestTag(url, cwd) {
  const out = await run(["ls-remote", "--tags", "--refs", "--", url], cwd, `git ls-remote ${url}`);
  const tags = out.split("\n").map((l) => l.split("	refs/tags/")[1]).filter((t) => t !== void 0 && refNameProblem(t) === void 0 && import_semver13.default.valid(t.replace(/^v/, "")) !== null);
  return tags.sort((a, b) => import_semver13.default.rcompare(a.replace(/^v/, ""), b.replace(/^v/, "")))[0];
}
async function cloneGit(rawUrl, ref, dest, allowHttp, origin = {}) {
  const url = checkGitUrl(rawUrl, allowHttp, origin.url);
  const parent = import_node_path30.default.dirname(dest);
  const want = ref === void 0 ? await latestTag(url, parent) : checkRefName(ref, { what: origin.ref ?? "Git ref", fix: "Pass a tag, a branch or a full commit of the repository." });
  if (want !== void 0 && isCommitId(want)) {
    await run(["clone", "--quiet", "--no-checkout", "--", url, dest], parent, `git clone ${url}`);
    await run(["checkout", "--quiet", "--detach", want, "--"], dest, `git checkout ${want}`);
  } else {
    await run(["clone", "--quiet", "--depth", "1", ...want === void 0 ? [] : [`--branch=${want}`], "--", url, dest], parent, `git clone ${url}${want === void 0 ? "" : ` at ${want}`}`);
  }
  const commit = (await run(["rev-parse", "HEAD"], dest, "git rev-parse")).trim();
  await (0, import_promises23.rm)(import_node_path30.default.join(dest, ".git"), { recursive: true, force: true });
  return { commit, ref: want };
}

// src/client/install/stage-pack.ts
async function stagePack(settings) {
  const { source, dest } = settings;
  await (0, import_promises24.mkdir)(dest, { recursive: true });
  let root;
  let checksum;
  let from;
  if (source.type === "archive") {
    const archive = await obtainArchive({ ...source.request, onProgress: settings.onProgress });
    root = await extractArchive(archive.path, dest, settings.limits);
    checksum = archive.checksum;
    from = source.from;
  } else if (source.type === "git") {
    root = import_node_path31.default.join(dest, "checkout");
    const { commit, ref } = await cloneGit(source.url, source.ref, root, settings.allowHttp);
    checksum = `sha256:${await hashDirectory(root)}`;
    if (source.checksum !== void 0 && !checksumsEqual(source.checksum, checksum)) {
      throw new PackdexError("CHECKSUM_MISMATCH", `The checkout of ${quote(source.url)} at ${quote(source.ref ?? commit)} has directory checksum ${checksum}, but ${source.checksum} was published. It was not installed.`, {
        value: source.url,
        expected: source.checksum,
        fix: "The tag was moved or the files changed after publishing: report it to the registry's maintainers."
      });
    }
    from = { ...source.from, ...ref === void 0 ? {} : { ref }, commit };
  } else {
    if (source.path.split(import_node_path31.default.sep).includes(".git")) {
      const workTree = source.path.slice(0, source.path.lastIndexOf(`${import_node_path31.default.sep}.git`)) || import_node_path31.default.sep;
      throw new PackdexError("PATH_UNSUPPORTED", `${quote(source.path)} is inside a .git folder (git's metadata), not a package.`, {
        value: source.path,
        expected: "a package folder (pack.yaml, aam.yaml, dbpm.yaml or pyproject.toml)",
        fix: `Install the work tree instead: ${workTree}`
      });
    }
    await walkPackFiles(source.path);
    root = import_node_path31.default.join(dest, "copy");
    await (0, import_promises24.cp)(source.path, root, { recursive: true, filter: (src) => src === source.path || import_node_path31.default.basename(src) !== ".git" });
    checksum = `sha256:${await hashDirectory(root)}`;
    from = { type: "directory", path: source.path };
  }
  const directory = source.type === "archive" ? `sha256:${await hashDirectory(root)}` : checksum;
  const { manifest } = await selectProfile(root).describe(root, { versionIfUnset: settings.expect?.version });
  if (settings.expect !== void 0 && (manifest.ref !== settings.expect.name || manifest.version !== settings.expect.version)) {
    throw new PackdexError("INSTALL_MISMATCH", `The artifact for ${settings.expect.name} ${settings.expect.version} holds ${manifest.ref} ${manifest.version}. It was not installed.`, {
      value: `${manifest.ref}@${manifest.version}`,
      expected: `${settings.expect.name}@${settings.expect.version}`,
      fix: "The registry entry points at the wrong artifact: report it to the registry's maintainers."
    });
  }
  const dependencies = dependenciesOf({ dependencies: manifest.dependencies });
  return {
    root,
    record: {
      pack_ref: manifest.ref,
      version: manifest.version,
      installed_at: formatTimestamp(settings.now),
      installed_from: from,
      checksum,
      directory_checksum: directory,
      registry: settings.registry,
      dependencies
    }
  };
}

// src/client/install/install-packs.ts
var STATE_DIR = ".packdex";
async function readInstallRecords(dir) {
  const folder2 = import_node_path32.default.join(dir, STATE_DIR, "installed");
  const out = /* @__PURE__ */ new Map();
  const names = await (0, import_promises25.readdir)(folder2).catch(() => []);
  for (const file of names.filter((n) => n.endsWith(".json"))) {
    try {
      const record = JSON.parse(await (0, import_promises25.readFile)(import_node_path32.default.join(folder2, file), "utf8"));
      if ((0, import_node_fs17.existsSync)(import_node_path32.default.join(dir, record.pack_ref))) out.set(record.pack_ref, record);
    } catch {
    }
  }
  return out;
}
function fromResolution(r, settings, reader) {
  const from = { type: "registry", url: r.artifact_url };
  if (r.source === "git" && !/^https?:\/\//i.test(r.artifact_url)) {
    throw new PackdexError("URL_INVALID", `The git source of ${r.package} ${r.version} is ${quote(r.artifact_url)}, and a registry's git source must be an https URL. Nothing was installed.`, {
      value: r.artifact_url,
      expected: "https://host/owner/repo.git",
      fix: "Report it to the registry's maintainers; to install from that repository anyway, give its URL on the command line (packdex install URL --ref REF)."
    });
  }
  const source = r.source === "git" ? { type: "git", url: r.artifact_url, ref: r.git_ref, checksum: r.artifact_checksum, from: { ...from, ...r.git_ref === void 0 ? {} : { ref: r.git_ref } } } : { type: "archive", request: archiveRequestFor(r, settings, reader), from };
  return { name: r.package, version: r.version, source, registry: r.registry, checksum: r.artifact_checksum };
}
async function installPacks(settings) {
  const dir = import_node_path32.default.resolve(settings.dir);
  const dirExisted = (0, import_node_fs17.existsSync)(dir);
  const stateExisted = (0, import_node_fs17.existsSync)(import_node_path32.default.join(dir, STATE_DIR));
  const staging = import_node_path32.default.join(dir, STATE_DIR, `staging-${(0, import_node_crypto9.randomBytes)(6).toString("hex")}`);
  const installed = await readInstallRecords(dir);
  const staged = [];
  const unchanged = [];
  let n = 0;
  const stage = async (job) => {
    n += 1;
    return stagePack({
      source: job.source,
      dest: import_node_path32.default.join(staging, String(n)),
      expect: job.version === void 0 ? void 0 : { name: job.name, version: job.version },
      registry: job.registry,
      limits: DEFAULT_EXTRACT_LIMITS,
      allowHttp: settings.allowHttp,
      now: settings.now,
      onProgress: settings.onProgress === void 0 ? void 0 : (r, t) => settings.onProgress(job.name, r, t)
    });
  };
  const keep = (job) => {
    const held = installed.get(job.name);
    if (settings.force || held === void 0 || held.version !== job.version || job.checksum === void 0 || held.checksum !== job.checksum) return false;
    unchanged.push({ name: job.name, version: held.version, outcome: "unchanged", record: held });
    return true;
  };
  try {
    await (0, import_promises25.mkdir)(staging, { recursive: true });
    if (settings.lockfile !== void 0) {
      for (const [name, locked] of Object.entries(settings.lockfile.packages)) {
        const job = fromResolution({ package: name, ...locked, yanked: false, warnings: [] }, settings);
        if (!keep(job)) staged.push(await stage(job));
      }
    } else {
      const planner = new InstallPlanner({
        readers: settings.readers,
        skipDeps: settings.skipDeps,
        installed: new Map([...installed].map(([k, v]) => [k, v.version])),
        includePrerelease: settings.includePrerelease,
        skipUnavailable: settings.skipUnavailable,
        onSkip: (registry, error) => settings.onWarning?.(`skipped registry ${registry}: ${error.message}`),
        onWarning: settings.onWarning
      });
      const direct = [];
      for (const spec of settings.specs) {
        const source = classifySpec(spec, settings.cwd, settings.gitRef);
        if (source.type === "registry") {
          await planner.add({ spec: source.spec, chain: [] });
          continue;
        }
        const checksum = settings.checksum === void 0 ? void 0 : parseSha256(settings.checksum);
        const job = source.type === "directory" ? { name: spec, source: { type: "directory", path: source.path }, registry: null } : source.type === "git" ? { name: spec, source: { type: "git", url: source.url, ref: source.ref, checksum, from: { type: "git", url: source.url } }, registry: null } : {
          name: spec,
          source: {
            type: "archive",
            request: { location: source.type === "archive-url" ? source.url : source.path, checksum, maxSize: settings.maxSize ?? DEFAULT_MAX_DOWNLOAD, allowHttp: settings.allowHttp, cacheDir: settings.cacheDir, ...settings.timeouts === void 0 ? {} : { timeouts: settings.timeouts } },
            from: source.type === "archive-url" ? { type: "archive", url: source.url } : { type: "archive", path: source.path }
          },
          registry: null
        };
        const pack2 = await stage(job);
        const { pack_ref: ref, version } = pack2.record;
        if (planner.fixed.has(ref) || planner.packs.has(ref)) {
          throw new PackdexError("DEPENDENCY_CONFLICT", `${quote(ref)} is given twice on the command line.`, { value: ref, fix: "Install one source per pack." });
        }
        planner.fixed.set(ref, { version, requiredBy: [spec] });
        direct.push(pack2);
      }
      if (!settings.skipDeps) for (const pack2 of direct) await planner.addDependencies(pack2.record.pack_ref, pack2.record.dependencies, []);
      for (const pack2 of direct) {
        const held = installed.get(pack2.record.pack_ref);
        if (!settings.force && held !== void 0 && held.version === pack2.record.version && held.directory_checksum === pack2.record.directory_checksum) {
          unchanged.push({ name: held.pack_ref, version: held.version, outcome: "unchanged", record: held });
        } else staged.push(pack2);
      }
      for (const planned of planner.packs.values()) {
        const reader = settings.readers.find((r) => r.name === planned.resolution.registry.name);
        const job = fromResolution(planned.resolution, settings, reader);
        if (!keep(job)) staged.push(await stage(job));
      }
    }
    const results = await activate(dir, staging, staged, installed, settings.force);
    return [...results, ...unchanged];
  } catch (error) {
    if (!stateExisted) await (0, import_promises25.rm)(import_node_path32.default.join(dir, STATE_DIR), { recursive: true, force: true });
    if (!dirExisted) await (0, import_promises25.rm)(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await (0, import_promises25.rm)(staging, { recursive: true, force: true });
  }
}
function flatName2(name) {
  return name.replace("/", "+");
}
async function activate(dir, staging, staged, installed, force) {
  for (const pack2 of staged) {
    const name = pack2.record.pack_ref;
    if (!force && !installed.has(name) && (0, import_node_fs17.existsSync)(import_node_path32.default.join(dir, name))) {
      throw new PackdexError("OUTPUT_EXISTS", `${quote(import_node_path32.default.join(dir, name))} exists, and packdex did not install it.`, {
        value: import_node_path32.default.join(dir, name),
        expected: "no folder of that name, or one packdex installed",
        fix: "Move the folder away, or pass --force to replace it."
      });
    }
  }
  const done = [];
  try {
    for (const pack2 of staged) {
      const name = pack2.record.pack_ref;
      const target = import_node_path32.default.join(dir, name);
      const recordFile = import_node_path32.default.join(dir, STATE_DIR, "installed", `${flatName2(name)}.json`);
      const step = { target, recordFile, oldRecord: await (0, import_promises25.readFile)(recordFile, "utf8").catch(() => void 0) };
      if ((0, import_node_fs17.existsSync)(target)) {
        step.backup = import_node_path32.default.join(staging, `previous-${flatName2(name)}`);
        await (0, import_promises25.rename)(target, step.backup);
      }
      const parent = import_node_path32.default.dirname(target);
      if (parent !== dir && !(0, import_node_fs17.existsSync)(parent)) {
        await (0, import_promises25.mkdir)(parent, { recursive: true });
        step.createdParent = parent;
      }
      done.push(step);
      await (0, import_promises25.rename)(pack2.root, target);
      await writeFileAtomic(recordFile, `${JSON.stringify(pack2.record, null, 2)}
`);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      await (0, import_promises25.rm)(step.target, { recursive: true, force: true });
      if (step.backup !== void 0) await (0, import_promises25.rename)(step.backup, step.target);
      if (step.oldRecord !== void 0) await writeFileAtomic(step.recordFile, step.oldRecord);
      else await (0, import_promises25.rm)(step.recordFile, { force: true });
      if (step.createdParent !== void 0) await (0, import_promises25.rmdir)(step.createdParent).catch(() => void 0);
    }
    throw error;
  }
  return staged.map((p) => ({ name: p.record.pack_ref, version: p.record.version, outcome: installed.has(p.record.pack_ref) ? "replaced" : "installed", record: p.record }));
}

// src/client/install/lock-packs.ts
var import_promises27 = require("node:fs/promises");

// src/client/install/lockfile.ts
var import_promises26 = require("node:fs/promises");
var import_node_path33 = __toESM(require("node:path"), 1);
var import_semver14 = __toESM(require_semver2(), 1);
var LOCKFILE_NAME = "packdex.lock.json";
function lockedFrom(resolution) {
  const out = {
    version: resolution.version,
    source: resolution.source,
    artifact_url: resolution.artifact_url,
    artifact_checksum: resolution.artifact_checksum,
    checksum_algorithm: "sha256",
    registry: resolution.registry,
    dependencies: resolution.dependencies
  };
  if (resolution.size !== void 0) out.size = resolution.size;
  if (resolution.git_ref !== void 0) out.git_ref = resolution.git_ref;
  if (resolution.artifact_signature_url !== void 0) {
    out.artifact_signature_url = resolution.artifact_signature_url;
    out.publisher_key_fingerprint = resolution.publisher_key_fingerprint;
  }
  return out;
}
function isLocalPath(value) {
  return !/^[a-z][a-z0-9+.-]*:/i.test(value);
}
function relativeTo(lockDir, cwd, value) {
  if (!isLocalPath(value)) return value;
  const rel = import_node_path33.default.relative(lockDir, import_node_path33.default.resolve(cwd, value)).split(import_node_path33.default.sep).join("/");
  return rel.startsWith("../") || rel === ".." ? rel : `./${rel}`;
}
function absoluteFrom(lockDir, value) {
  return isLocalPath(value) ? import_node_path33.default.resolve(lockDir, value) : value;
}
function serializeLockfile(packages, place) {
  const sorted = {};
  for (const name of Object.keys(packages).sort(compareStrings)) {
    const p = packages[name];
    sorted[name] = place === void 0 ? p : { ...p, artifact_url: relativeTo(place.lockDir, place.cwd, p.artifact_url), registry: { ...p.registry, url: relativeTo(place.lockDir, place.cwd, p.registry.url) } };
  }
  const lock = { lockfile_version: 1, packages: sorted };
  return `${JSON.stringify(lock, null, 2)}
`;
}
async function readLockfile(file) {
  let text;
  try {
    text = await (0, import_promises26.readFile)(file, "utf8");
  } catch (cause) {
    if (cause.code === "ENOENT") {
      throw new PackdexError("LOCKFILE_INVALID", `No lockfile at ${quote(file)}.`, { value: file, fix: "Write one with packdex lock, or give its path: --lockfile FILE." });
    }
    throw ioError("read", file, cause);
  }
  const data = parseJsonText(text, file);
  const issues = validateSchema("lockfile", data);
  if (issues.length > 0) {
    throw new PackdexError("LOCKFILE_INVALID", `${quote(file)} is not a packdex lockfile: ${issues.slice(0, 5).map((i) => `${i.path || "/"} ${i.message}`).join("; ")}.`, {
      value: file,
      path: issues[0].path,
      expected: "lockfile_version 1 with packages (schemas/lockfile.schema.json)",
      fix: "Regenerate it with packdex lock."
    });
  }
  const lock = data;
  const dir = import_node_path33.default.dirname(import_node_path33.default.resolve(file));
  for (const p of Object.values(lock.packages)) {
    p.artifact_url = absoluteFrom(dir, p.artifact_url);
    p.registry.url = absoluteFrom(dir, p.registry.url);
  }
  return lock;
}

// src/client/install/lock-packs.ts
async function lockPacks(settings) {
  const planner = new InstallPlanner({
    readers: settings.readers,
    skipDeps: false,
    installed: /* @__PURE__ */ new Map(),
    includePrerelease: settings.includePrerelease,
    skipUnavailable: settings.skipUnavailable,
    onSkip: (registry, error) => settings.onWarning?.(`skipped registry ${registry}: ${error.message}`),
    onWarning: settings.onWarning
  });
  for (const spec of settings.specs) await planner.add({ spec, chain: [] });
  const out = {};
  for (const { resolution } of planner.packs.values()) {
    if (resolution.source === "archive") {
      const reader = settings.readers.find((r) => r.name === resolution.registry.name);
      const got = await obtainArchive({
        ...archiveRequestFor(resolution, settings, reader),
        onProgress: settings.onProgress === void 0 ? void 0 : (r, t) => settings.onProgress(resolution.package, r, t)
      });
      if (got.temporary) await (0, import_promises27.rm)(got.path, { force: true });
      out[resolution.package] = { ...lockedFrom(resolution), size: got.size };
    } else {
      out[resolution.package] = lockedFrom(resolution);
    }
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LOCKFILE_NAME,
  PackdexError,
  addVersion,
  applyFileChanges,
  buildArchive,
  buildSite,
  changeRegistry,
  hashDirectory,
  hashFile,
  initRegistry,
  installPacks,
  lockPacks,
  openClient,
  packageDocumentPath,
  parsePackageSpec,
  planInitRegistry,
  planPackageChange,
  planSiteBuild,
  publishToFolder,
  readInstallRecords,
  readLockfile,
  recoverRegistry,
  resolvePackage,
  runAudit,
  searchPackages,
  selectVersion,
  serializeLockfile,
  setDistTag,
  updatePackage,
  yankVersion
});
