"""The register of outgoing documents (sổ văn bản đi) in the window."""
