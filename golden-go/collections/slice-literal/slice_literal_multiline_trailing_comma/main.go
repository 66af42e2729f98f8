package main

import "fmt"

func main() {
	steps := []string{"preheat", "mix", "bake"}
	fmt.Println(len(steps), steps[2])
}
