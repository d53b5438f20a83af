"""Training: corpus readers that map public corpora to newsie's labels, and DocBin building."""
