package org.matrisk.kafka;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * The ledger stores' RocksDB memory, bounded for the whole process (Kafka Streams' "bounded memory"
 * recipe): one block cache of {@value #TOTAL_MB} MiB shared by every store instance, memtables counted in it
 * ({@value #MEMTABLE_MB} MiB at most), index and filter blocks in the cache. Without it each store instance
 * (two per ledger partition) takes up to 50 MiB of cache and 48 MiB of memtables outside the heap. Set by
 * default ({@code rocksdb.config.setter}); a configuration may name its own.
 */
public final class BoundedRocksDb implements RocksDBConfigSetter {
    static final long TOTAL_MB = 64, MEMTABLE_MB = 16;

    /** Created on first use, once RocksDB's native library is loaded (never when the configuration is only parsed). */
    private static final class Shared {
        static {
            RocksDB.loadLibrary();
        }
        static final Cache CACHE = new LRUCache(TOTAL_MB << 20, -1, false, 0.1);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_MB << 20, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = options.tableFormatConfig() instanceof BlockBasedTableConfig t ? t : new BlockBasedTableConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setMaxWriteBufferNumber(2);
        options.setWriteBufferSize(4L << 20);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store: never closed here
    }
}
