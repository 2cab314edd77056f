"""Overlap's helper package: the demo server the guide's network examples use."""
