package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	logger := log.New(os.Stdout, "[app] ", 0)
	logger.Println("starting", 3, "workers")
	logger.Printf("listening on :%d", 8080)
	logger.Print("no newline needed")
	logger.SetPrefix("[db] ")
	logger.Println("connected")
	fmt.Println("prefix:", logger.Prefix(), "flags:", logger.Flags())
}
