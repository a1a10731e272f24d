#!/usr/bin/env node
// `showroom-prepare-scan`: the 3D scan preparation (src/staff/scan/cli.ts) the CMS runs when an
// editor saves a scan. Node 24 runs the TypeScript by stripping its types.
import "../src/staff/scan/cli.ts";
