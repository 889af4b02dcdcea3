"""Webhooks of the generated packages, with deliveries signed as the providers sign them."""
