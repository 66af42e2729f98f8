package main

import "fmt"

func with_default(tags []string) int {
	tags = append(tags, "new")
	return len(tags)
}

func main() {
	tags := []string{"a", "b"}
	inner := with_default(tags)
	fmt.Println(inner, len(tags), tags)
}
