package main

import "fmt"

func main() {
	lines := []string{"a", "", "b", ""}
	kept := 0
	for _, line := range lines {
		if len(line) == 0 {
			continue
		}
		kept += 1
		fmt.Println(line)
	}
	fmt.Println(kept)
}
