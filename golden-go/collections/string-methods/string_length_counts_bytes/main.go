package main

import "fmt"

func main() {
	fmt.Println(len("hello"), len("héllo"), len(""), len("日本"))
}
