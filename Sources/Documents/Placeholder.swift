// Placeholder until the Documents target's first file lands.
