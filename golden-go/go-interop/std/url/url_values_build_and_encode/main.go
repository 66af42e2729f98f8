package main

import (
	"fmt"
	"net/url"
)

func main() {
	q := url.Values(map[string][]string{})
	q.Add("tag", "go")
	q.Add("tag", "lisette & friends")
	q.Set("page", "2")
	q.Set("q", "hello world")
	q.Add("drop", "me")
	q.Del("drop")
	fmt.Println(q.Encode())
	fmt.Println("tag:", q.Get("tag"), "| has page:", q.Has("page"), "| has drop:", q.Has("drop"))
	fmt.Println("missing:", fmt.Sprintf("[%v]", q.Get("nope")))
}
