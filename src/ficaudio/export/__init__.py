"""Exporters: one module per output format (mp3.py; more to come)."""
