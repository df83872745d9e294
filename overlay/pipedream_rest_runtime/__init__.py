"""pipedream_rest_runtime: the small hand-written code that the generated client calls.

Imports go one way: this package imports nothing of ours (only the standard library and httpx),
the generated ``pipedream_rest_client`` imports it, and the overlay ``pipedream_rest`` imports
both. One module per idea; ``errors`` holds the exception family every layer raises, ``masking``
keeps the client's secrets out of its text, ``responses`` ("expect a 2xx of this type") and
``paging`` (lists that page themselves) are what the generated groups
(``pipedream_rest_client.api.<tag>``) call: they hold no transport logic.
"""
