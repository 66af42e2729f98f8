package main

import "fmt"

func main() {
	words := []string{"ant", "bee", "asp", "bat", "cow"}
	groups := map[string][]string{}
	for _, w := range words {
		first := w[0:1]
		groups[first] = append(groups[first], w)
	}
	fmt.Println(groups)
}
