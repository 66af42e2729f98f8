package main

import (
	"fmt"
	"net/http"
)

func main() {
	h := http.Header(map[string][]string{})
	h.Add("accept", "text/html")
	h.Add("Accept", "application/json")
	h.Set("x-request-id", "r-17")
	h.Set("Cache-Control", "no-cache")
	fmt.Println(h.Get("ACCEPT"), "|", h.Values("accept"), "|", h.Get("X-Request-Id"))
	copy_ := h.Clone()
	h.Del("cache-control")
	fmt.Println("original has cache-control:", h.Get("Cache-Control") != "")
	fmt.Println("clone has cache-control:", copy_.Get("Cache-Control"))
	fmt.Println(h)
}
