package main

import "fmt"

func main() {
	cut := "é"[0:1]
	for _, r := range cut {
		fmt.Println(r)
	}
	fmt.Println(len(cut))
}
