"""Learned weights shipped as package data (``blocks.json``), read by pure Python."""
