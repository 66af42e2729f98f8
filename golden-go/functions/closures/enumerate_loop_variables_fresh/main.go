package main

import "fmt"

func main() {
	labels := []func() string{}
	for i, word := range []string{"alpha", "beta"} {
		labels = append(labels, func() string {
			return fmt.Sprintf("%v=%v", i, word)
		})
	}
	for _, l := range labels {
		fmt.Println(l())
	}
}
