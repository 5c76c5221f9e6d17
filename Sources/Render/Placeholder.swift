// Placeholder until the Render target's first file lands.
