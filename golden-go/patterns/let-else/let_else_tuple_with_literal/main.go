package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func fetch(path string) lisette.Tuple2[int, string] {
	if path == "/" {
		return lisette.Tuple2[int, string]{First: 200, Second: "index"}
	}
	return lisette.Tuple2[int, string]{First: 404, Second: ""}
}

func body_of(path string) string {
	subject := fetch(path)
	if subject.First != 200 {
		return fmt.Sprintf("no page at %v", path)
	}
	body := subject.Second
	return fmt.Sprintf("page %v", body)
}

func main() {
	fmt.Println(body_of("/"))
	fmt.Println(body_of("/admin"))
}
