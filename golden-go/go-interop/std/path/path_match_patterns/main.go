package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"path"
)

func main() {
	files := []string{"main.go", "util_test.go", "README.md", "cmd/tool.go"}
	for _, pattern := range []string{"*.go", "*_test.go", "cmd/*", "[a-z"} {
		hits := []string{}
		failure := ""
		for _, f := range files {
			subject := lisette.ResultOf(path.Match(pattern, f))
			if subject.Tag == lisette.ResultOk {
				if subject.OkVal {
					hits = append(hits, f)
				}
			} else {
				e := subject.ErrVal
				failure = fmt.Sprintf("%v (bad pattern: %v)", e, e == path.ErrBadPattern)
			}
		}
		if len(failure) == 0 {
			fmt.Println(pattern, hits)
		} else {
			fmt.Println(pattern, failure)
		}
	}
}
