package main

import (
	"fmt"
	"golden/projects/variants/or_pattern_and_guard_on_module_variants/http"
)

func class(s http.Status) string {
	switch s.Tag {
	case http.StatusOk, http.StatusCreated:
		return "success"
	case http.StatusNotFound, http.StatusForbidden:
		return "client error"
	case http.StatusError:
		code := s.Error
		if code >= 500 {
			return "server error"
		}
		return "other"
	}
	panic("unreachable")
}

func main() {
	fmt.Println(class(http.Status{Tag: http.StatusCreated}))
	fmt.Println(class(http.Status{Tag: http.StatusForbidden}))
	fmt.Println(class(http.Status{Tag: http.StatusError, Error: 503}))
	fmt.Println(class(http.Status{Tag: http.StatusError, Error: 418}))
}
