package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	p := filepath.Join("srv", "www/", "../data", "report.final.csv")
	fmt.Println(p)
	fmt.Println(filepath.Base(p))
	fmt.Println(filepath.Dir(p))
	fmt.Println(filepath.Ext(p))
	fmt.Println(filepath.Join())
	fmt.Printf("[%v]\n", filepath.Ext("Makefile"))
	fmt.Println(filepath.Base(""), filepath.Base("/"), filepath.Dir("file.txt"))
}
