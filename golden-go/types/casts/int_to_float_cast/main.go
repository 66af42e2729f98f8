package main

import "fmt"

func main() {
	items := 7
	half := float64(items) / 2.0
	precise := 9007199254740993
	rounded := float64(precise)
	single := float32(items)
	fmt.Println(half, rounded, single)
	fmt.Println(rounded == 9007199254740992.0)
	fmt.Printf("%.1f\n", rounded)
}
