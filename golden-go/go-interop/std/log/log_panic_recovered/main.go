package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"log"
	"os"
)

func check_config(logger *log.Logger, port int) int {
	if port <= 0 {
		logger.Panicf("invalid port %d", port)
		panic("unreachable")
	}
	return port
}

func main() {
	logger := log.New(os.Stdout, "cfg: ", 0)
	good := lisette.RecoverBlock(func() int {
		return check_config(logger, 8080)
	})
	fmt.Println("good:", good.IsOk())
	bad := lisette.RecoverBlock(func() int {
		return check_config(logger, -1)
	})
	if bad.Tag == lisette.ResultOk {
		p := bad.OkVal
		fmt.Println("port", p)
	} else {
		pv := bad.ErrVal
		fmt.Println("recovered:", pv.Message())
	}
}
