"""Adversarial and messy inputs for tests/test_fuzz.py and benchmarks/linearity.py (generated, not stored)."""
