package main

import (
	"fmt"
	"strings"
)

func main() {
	files := []string{"a.log", "b.tmp", "c.log", "stop", "d.log"}
	defer func() {
		for _, f := range files {
			if f == "stop" {
				break
			}
			if strings.HasSuffix(f, ".tmp") {
				continue
			}
			fmt.Println("archive", f)
		}
	}()
	fmt.Println("collecting", len(files), "files")
}
