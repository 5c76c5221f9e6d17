// Placeholder until the BanTinCLI target's first file lands.
