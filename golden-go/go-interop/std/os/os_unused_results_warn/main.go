package main

import (
	"fmt"
	"os"
)

func main() {
	_ = os.Setenv("LIS_B_WARN", "1")
	_, _ = os.LookupEnv("LIS_B_WARN")
	_ = os.Unsetenv("LIS_B_WARN")
	fmt.Println("done")
}
