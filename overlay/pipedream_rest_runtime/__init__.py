"""pipedream_rest_runtime: what the generated grouped client calls, and nothing of ours.

Imports go one way: this package ← the generated ``pipedream_rest_client`` ← the overlay
``pipedream_rest``. The generated groups (``pipedream_rest_client.api.<tag>``) hold no transport
logic: they call :mod:`.responses` ("expect a 2xx of this type") and :mod:`.paging` (lists that
page themselves).
"""
