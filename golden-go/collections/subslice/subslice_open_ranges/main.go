package main

import "fmt"

func main() {
	path := []string{"usr", "local", "bin", "lis"}
	fmt.Println(path[2:len(path):len(path)])
	fmt.Println(path[:2:2])
	fmt.Println(path[: 0+1 : 0+1])
	fmt.Println(path[:len(path):len(path)])
}
