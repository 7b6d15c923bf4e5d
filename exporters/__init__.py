"""What leaves pdmap: portability packages, inventory reports, SARIF."""
