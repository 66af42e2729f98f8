package main

import "fmt"

func main() {
	m := map[string]bool{}
	fmt.Println(m, len(m) == 0)
}
