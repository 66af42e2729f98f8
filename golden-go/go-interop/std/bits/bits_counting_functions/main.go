package main

import (
	"fmt"
	"math/bits"
)

func main() {
	values := []uint{0, 1, 12, 255, 1024}
	for _, v := range values {
		fmt.Printf("%5d ones=%d len=%d tz=%d lz64=%d\n", v, bits.OnesCount(v), bits.Len(v), bits.TrailingZeros(v), bits.LeadingZeros64(uint64(v)))
	}
	fmt.Println("uint size:", bits.UintSize)
}
