#!/usr/bin/env node
// `showroom-signs`: the QR sign sheet tool (src/staff/signs/cli.ts) for the CMS's "Download signs"
// button. Node 24 runs the TypeScript by stripping its types; this file is JavaScript so that the
// bin also starts where a package manager copies it.
import "../src/staff/signs/cli.ts";
