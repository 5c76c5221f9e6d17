// Placeholder until the Records target's first file lands.
