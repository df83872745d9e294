module example.com/pipedream-rest/example

go 1.19

require example.com/pipedream-rest/pipedream v0.0.0

// The client OpenAPI Generator writes from openapi.yaml (go/openapi-generator.yaml): local, so
// building the example fetches nothing.
replace example.com/pipedream-rest/pipedream => ../generated
