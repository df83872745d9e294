// Command example calls the Pipedream REST API through the Go client that OpenAPI Generator makes
// from openapi.yaml, with the standard library only.
//
// It reads PIPEDREAM_API_KEY and PIPEDREAM_BASE_URL (default: the real API). `make go-check`
// generates the client, builds this program and runs it against a fresh local sandbox. It deletes
// what it creates, and exits non-zero on the first answer that is not what the spec documents.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	pipedream "example.com/pipedream-rest/pipedream"
)

const defaultBaseURL = "https://api.pipedream.com/v1"

// webhookComponent is a source that emits every HTTP request sent to its endpoint.
const webhookComponent = `module.exports = {
  name: "go-example-webhook",
  version: "0.0.1",
  props: { http: "$.interface.http" },
  async run(event) { this.$emit(event) },
}`

func main() {
	key := os.Getenv("PIPEDREAM_API_KEY")
	if key == "" {
		fmt.Fprintln(os.Stderr, "set PIPEDREAM_API_KEY (make go-check sets it for its sandbox)")
		os.Exit(2)
	}
	baseURL := os.Getenv("PIPEDREAM_BASE_URL")
	if baseURL == "" {
		baseURL = defaultBaseURL
	}
	cfg := pipedream.NewConfiguration()
	cfg.Servers = pipedream.ServerConfigurations{{URL: baseURL}}
	cfg.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	api := pipedream.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), pipedream.ContextAccessToken, key)
	if err := tour(ctx, api); err != nil {
		fmt.Fprintln(os.Stderr, "FAILED:", err)
		os.Exit(1)
	}
	fmt.Println("OK: every step answered as the spec documents")
}

func step(text string) { fmt.Printf("\n== %s\n", text) }

func tour(ctx context.Context, api *pipedream.APIClient) error {
	me, _, err := api.UsersAPI.GetCurrentUser(ctx).Execute()
	if err != nil {
		return fmt.Errorf("get_current_user: %w", describe(err))
	}
	fmt.Printf("signed in as %s (%s)\n", me.Data.GetUsername(), me.Data.GetId())

	step("Create a component from code")
	created, _, err := api.ComponentsAPI.CreateComponent(ctx).
		CreateComponentRequest(pipedream.CreateComponentRequest{ComponentCode: pipedream.PtrString(webhookComponent)}).
		Execute()
	if err != nil {
		return fmt.Errorf("create_component: %w", describe(err))
	}
	component := created.Data
	fmt.Printf("%s %s v%s\n", component.GetId(), component.GetName(), component.GetVersion())

	step("Deploy two HTTP sources from it")
	var sourceIDs []string
	defer func() {
		step("Clean up")
		for _, id := range sourceIDs {
			if _, err := api.SourcesAPI.DeleteSource(ctx, id).Execute(); err != nil {
				fmt.Printf("could not delete %s: %v\n", id, describe(err))
			} else {
				fmt.Printf("deleted %s\n", id)
			}
		}
	}()
	var endpoint string
	for _, name := range []string{"go-example", "go-example-2"} {
		made, _, err := api.SourcesAPI.CreateSource(ctx).
			CreateSourceRequest(pipedream.CreateSourceRequest{ComponentId: pipedream.PtrString(component.GetId()), Name: pipedream.PtrString(name)}).
			Execute()
		if err != nil {
			return fmt.Errorf("create_source: %w", describe(err))
		}
		sourceIDs = append(sourceIDs, made.Data.GetId())
		if endpoint == "" {
			endpoint, err = endpointURL(made.Data)
			if err != nil {
				return err
			}
		}
		fmt.Printf("%s %s\n", made.Data.GetId(), made.Data.GetName())
	}

	step("Subscribe the second source to the first one's events")
	subscribed, _, err := api.SubscriptionsAPI.CreateSubscription(ctx).
		EmitterId(sourceIDs[0]).ListenerId(sourceIDs[1]).Execute()
	if err != nil {
		return fmt.Errorf("create_subscription: %w", describe(err))
	}
	// `data` is one subscription or a list of them (a oneOf): exactly one side is set.
	if one, many := subscribed.Data.Subscription, subscribed.Data.ArrayOfSubscription; one != nil {
		fmt.Printf("%s now listens to %s\n", one.GetListenerId(), one.GetEmitterId())
	} else if many != nil {
		fmt.Printf("%d subscriptions made\n", len(*many))
	} else {
		return errors.New("create_subscription: data is neither a subscription nor a list")
	}

	step("List sources, one per page")
	seen, err := listSources(ctx, api)
	if err != nil {
		return err
	}
	for _, id := range sourceIDs {
		if !seen[id] {
			return fmt.Errorf("list_sources never returned %s", id)
		}
	}

	step("Send an event to the first source's endpoint, then read it back")
	marker := fmt.Sprintf("go-example-%d", time.Now().UnixNano())
	if err := post(endpoint, map[string]string{"marker": marker}); err != nil {
		return err
	}
	event, err := waitForEvent(ctx, api, sourceIDs[0], marker)
	if err != nil {
		return err
	}
	fmt.Printf("event %s (indexed at %d ms) carries marker %s\n", event.GetId(), event.GetIndexedAtMs(), marker)

	step("Delete the source, then ask for it again")
	gone := sourceIDs[0]
	if _, err := api.SourcesAPI.DeleteSource(ctx, gone).Execute(); err != nil {
		return fmt.Errorf("delete_source: %w", describe(err))
	}
	sourceIDs = sourceIDs[1:]
	fmt.Printf("deleted %s\n", gone)
	return expectNotFound(api.SourcesAPI.DeleteSource(ctx, gone).Execute())
}

// listSources walks every page with `after`, and stops on an empty page or a missing cursor.
func listSources(ctx context.Context, api *pipedream.APIClient) (map[string]bool, error) {
	seen := map[string]bool{}
	request := api.SourcesAPI.ListSources(ctx).Limit(1)
	for page := 1; page <= 100; page++ {
		list, _, err := request.Execute()
		if err != nil {
			return nil, fmt.Errorf("list_sources: %w", describe(err))
		}
		for _, source := range list.Data {
			fmt.Printf("page %d: %s %s\n", page, source.GetId(), source.GetName())
			seen[source.GetId()] = true
		}
		cursor := list.PageInfo.GetEndCursor()
		if len(list.Data) == 0 || cursor == "" {
			return seen, nil
		}
		request = request.After(cursor)
	}
	return nil, errors.New("list_sources: still paging after 100 pages")
}

// endpointURL is where an HTTP source listens: configured_props.http.endpoint_url.
func endpointURL(source pipedream.Source) (string, error) {
	props, _ := source.GetConfiguredProps()["http"].(map[string]interface{})
	url, _ := props["endpoint_url"].(string)
	if url == "" {
		return "", fmt.Errorf("source %s has no configured_props.http.endpoint_url", source.GetId())
	}
	return url, nil
}

func post(url string, body interface{}) error {
	payload, err := json.Marshal(body)
	if err != nil {
		return err
	}
	client := &http.Client{Timeout: 15 * time.Second}
	answer, err := client.Post(url, "application/json", bytes.NewReader(payload))
	if err != nil {
		return fmt.Errorf("POST %s: %w", url, err)
	}
	defer answer.Body.Close()
	if answer.StatusCode >= 300 {
		return fmt.Errorf("POST %s answered %s", url, answer.Status)
	}
	fmt.Printf("POST %s -> %d\n", url, answer.StatusCode)
	return nil
}

// waitForEvent lists the source's events until one carries the marker in its body (the real API
// indexes events a moment after they arrive; the sandbox at once).
func waitForEvent(ctx context.Context, api *pipedream.APIClient, sourceID, marker string) (*pipedream.EventSummary, error) {
	deadline := time.Now().Add(20 * time.Second)
	for {
		events, _, err := api.EventsAPI.ListSourceEvents(ctx, sourceID).Execute()
		if err != nil {
			return nil, fmt.Errorf("list_source_events: %w", describe(err))
		}
		for i := range events.Data {
			body, _ := events.Data[i].GetEvent().(map[string]interface{})["body"].(map[string]interface{})
			if body["marker"] == marker {
				return &events.Data[i], nil
			}
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("no event of %s carried marker %s within 20 s", sourceID, marker)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// expectNotFound checks the documented answer to an unknown ID: 404 with an ErrorBody.
func expectNotFound(answer *http.Response, err error) error {
	var apiErr *pipedream.GenericOpenAPIError
	if !errors.As(err, &apiErr) || answer == nil || answer.StatusCode != http.StatusNotFound {
		return fmt.Errorf("an unknown ID should answer 404 with an ErrorBody, got %v (%v)", answer, err)
	}
	body, ok := apiErr.Model().(pipedream.ErrorBody)
	if !ok || body.GetError() == "" {
		return fmt.Errorf("the 404 body is not an ErrorBody with a message: %s", apiErr.Body())
	}
	fmt.Printf("404 as documented: %s\n", body.GetError())
	return nil
}

// describe adds the server's ErrorBody message to a client error, when there is one.
func describe(err error) error {
	var apiErr *pipedream.GenericOpenAPIError
	if errors.As(err, &apiErr) {
		if body, ok := apiErr.Model().(pipedream.ErrorBody); ok {
			return fmt.Errorf("%w: %s", err, body.GetError())
		}
	}
	return err
}
