package main

import "fmt"

func main() {
	bytes := []byte("Hé")
	fmt.Println(bytes, len(bytes))
}
