"""What the sandbox does with its data, independent of HTTP: one module per resource, mirroring
the spec's tags as `api/` does. Each repository returns decoded dataclasses, never raw rows, and
acts for one user at a time: another user's objects are simply not found.

components, sources, workflows, subscriptions, webhooks, workspaces, oauth: the resources;
events: the stored event lists (IDs in `event_ids`); emit: the one way an event enters.
"""
