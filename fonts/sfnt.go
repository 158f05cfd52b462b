package fonts

import (
	"encoding/binary"
	"fmt"
)

// sfntTables is the table directory of a TrueType file: each table's
// bytes by its four-letter tag, as slices of the file.
type sfntTables map[string][]byte

// readTables reads the table directory of a TrueType (sfnt) file. Tables
// that would run past the end of the file are an error, so later readers
// can index within a table after checking its length alone.
func readTables(data []byte) (sfntTables, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("font file too short")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, fmt.Errorf("font table directory truncated")
	}
	tables := sfntTables{}
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off := int64(binary.BigEndian.Uint32(rec[8:]))
		length := int64(binary.BigEndian.Uint32(rec[12:]))
		if off+length > int64(len(data)) {
			return nil, fmt.Errorf("font table %q runs past the end of the file", tag)
		}
		tables[tag] = data[off : off+length]
	}
	return tables, nil
}

// need returns the tables with the given tags, or an error naming the
// first missing or shorter than its minimum size.
func (t sfntTables) need(tags ...string) error {
	minimum := map[string]int{"head": 54, "hhea": 36, "maxp": 6, "post": 32, "OS/2": 78}
	for _, tag := range tags {
		tab, ok := t[tag]
		if !ok {
			return fmt.Errorf("font has no %q table", tag)
		}
		if len(tab) < minimum[tag] {
			return fmt.Errorf("font table %q is too short", tag)
		}
	}
	return nil
}

// u16, i16 and u32 read big-endian numbers at an offset a caller has
// checked.
func u16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }
func i16(b []byte, at int) int16  { return int16(binary.BigEndian.Uint16(b[at:])) }
func u32(b []byte, at int) uint32 { return binary.BigEndian.Uint32(b[at:]) }

// tableChecksum is the sum of a table's big-endian 32-bit words, the
// last one padded with zeros. Four words are added at a time (the sum
// wraps, so their order does not matter): a subset's tables and then its
// whole file are summed for every font a build embeds.
func tableChecksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 16 {
		sum += binary.BigEndian.Uint32(b) + binary.BigEndian.Uint32(b[4:]) + binary.BigEndian.Uint32(b[8:]) + binary.BigEndian.Uint32(b[12:])
		b = b[16:]
	}
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
