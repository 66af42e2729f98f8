package main

import "fmt"

func bucket(n int) string {
	switch n {
	case 1, 2:
		return "low"
	case 3:
		return "mid"
	default:
		return "high"
	}
}

func main() {
	fmt.Println(bucket(2), bucket(3), bucket(9))
}
