package org.rhomboid.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Lets the JDBC driver talk to the embedded server over its Unix-domain socket ({@code socketFactory} with the
 * socket's folder as {@code socketFactoryArg}); the port the driver asks for names the socket file. Used only for
 * the start that gives a cluster its first password (see {@link ClientAuthentication#superuserBySocketOnly()}).
 * Blocking, without read timeouts: enough for a few statements at start-up, not for the application's pool.
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path folder;

    /** Called by the JDBC driver with {@code socketFactoryArg}. */
    public UnixSocketFactory(String folder) {
        this.folder = Path.of(folder);
    }

    @Override
    public Socket createSocket() {
        return new UnixSocket(folder);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(InetSocketAddress.createUnresolved(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(InetSocketAddress.createUnresolved(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address);
        return socket;
    }

    /** A {@link Socket} face on a Unix-domain channel; the TCP options the driver sets mean nothing here. */
    private static final class UnixSocket extends Socket {

        private final Path folder;
        private SocketChannel channel;
        private int timeout;

        UnixSocket(Path folder) {
            this.folder = folder;
        }

        @Override
        public void connect(SocketAddress endpoint) throws IOException {
            connect(endpoint, 0);
        }

        @Override
        public void connect(SocketAddress endpoint, int connectTimeout) throws IOException {
            int port = ((InetSocketAddress) endpoint).getPort();
            channel = SocketChannel.open(UnixDomainSocketAddress.of(folder.resolve(".s.PGSQL." + port)));
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return channel != null && !channel.isOpen();
        }

        @Override
        public InputStream getInputStream() {
            return Channels.newInputStream(channel);
        }

        @Override
        public OutputStream getOutputStream() {
            return Channels.newOutputStream(channel);
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }

        @Override
        public void setTcpNoDelay(boolean on) {
        }

        @Override
        public boolean getTcpNoDelay() {
            return true;
        }

        @Override
        public void setKeepAlive(boolean on) {
        }

        @Override
        public boolean getKeepAlive() {
            return false;
        }

        @Override
        public synchronized void setSoTimeout(int timeout) {
            this.timeout = timeout;
        }

        @Override
        public synchronized int getSoTimeout() {
            return timeout;
        }

        @Override
        public synchronized void setReceiveBufferSize(int size) {
        }

        @Override
        public synchronized int getReceiveBufferSize() {
            return 65536;
        }

        @Override
        public synchronized void setSendBufferSize(int size) {
        }

        @Override
        public synchronized int getSendBufferSize() {
            return 65536;
        }
    }
}
