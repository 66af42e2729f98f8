package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"path/filepath"
)

func main() {
	raw := []string{"a//b/./c/..", "/../x", "", "./", "docs/../../up"}
	for _, r := range raw {
		fmt.Printf("%v -> %v\n", r, filepath.Clean(r))
	}
	subject := lisette.MakeTuple2(filepath.Split("static/img/logo.png"))
	dir := subject.First
	file := subject.Second
	fmt.Printf("dir=%v file=%v\n", dir, file)
	parts := lisette.MakeTuple2(filepath.Split("nodir"))
	fmt.Printf("dir=[%v] file=%v\n", parts.First, parts.Second)
}
