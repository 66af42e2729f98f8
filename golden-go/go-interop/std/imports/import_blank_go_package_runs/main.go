package main

import (
	"fmt"
	_ "image/png"
)

func main() {
	fmt.Println("png decoder registered")
}
