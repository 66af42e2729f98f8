package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type RequestTag int

const (
	RequestGet RequestTag = iota
	RequestPost
)

type Request struct {
	Tag    RequestTag
	Path   string
	Cached bool
	Size   int
}

func (v Request) String() string {
	switch v.Tag {
	case RequestGet:
		return "Request.Get { path: " + lisette.FormatValue(v.Path) + ", cached: " + lisette.FormatValue(v.Cached) + " }"
	}
	return "Request.Post { path: " + lisette.FormatValue(v.Path) + ", size: " + lisette.FormatValue(v.Size) + " }"
}

func route(r Request) string {
	if r.Tag == RequestGet {
		path := r.Path
		cached := r.Cached
		if cached || path == "/health" {
			return fmt.Sprintf("fast %v", path)
		}
		path2 := r.Path
		return fmt.Sprintf("slow %v", path2)
	}
	size := r.Size
	if size > 0 && size <= 1024 {
		return "small upload"
	}
	return "rejected upload"
}

func main() {
	fmt.Println(route(Request{Tag: RequestGet, Path: "/health", Cached: false}))
	fmt.Println(route(Request{Tag: RequestGet, Path: "/news", Cached: false}))
	fmt.Println(route(Request{Tag: RequestPost, Path: "/up", Size: 10}))
	fmt.Println(route(Request{Tag: RequestPost, Path: "/up", Size: 0}))
}
