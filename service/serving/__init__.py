"""Serving extractions: the cache, limits, jobs and their worker, webhooks, tenancy, stores."""
